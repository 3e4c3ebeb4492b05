package org.sahelsim.experiment;

/**
 * Fast CSV formatting into a StringBuilder (RFC 4180 quoting), without String.format: result
 * files hold millions of numbers.
 */
public final class Csv {
    private Csv() {}

    /** Appends a text field, quoted when it holds a comma, quote or line break. */
    public static void text(StringBuilder sb, String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /**
     * Appends a number: integers without a decimal point, others in Java's shortest round-trip
     * form, NaN as an empty field. Deterministic, so outputs are byte-identical across runs.
     */
    public static void number(StringBuilder sb, double v) {
        if (Double.isNaN(v)) {
            return;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }

    /** Appends a coordinate rounded to 4 decimals (about 11 m), as ACLED publishes them. */
    static void coordinate(StringBuilder sb, double v) {
        long scaled = Math.round(v * 10_000.0);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 10_000).append('.');
        long frac = scaled % 10_000;
        if (frac < 1000) {
            sb.append('0');
        }
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
    }
}
