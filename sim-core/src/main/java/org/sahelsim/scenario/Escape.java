package org.sahelsim.scenario;

/**
 * Makes text from a user's file or command line safe to print on one line: control characters
 * (line breaks, tabs, escape sequences, C1 controls), and Unicode line or paragraph separators and
 * bidirectional overrides, become visible escapes ({@code \n}, {@code \t}, {@code \u001b}), so
 * a hostile name can neither split a message over several lines nor rewrite the terminal.
 */
public final class Escape {
    private Escape() {}

    public static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\n') {
                rep = "\\n";
            } else if (c == '\r') {
                rep = "\\r";
            } else if (c == '\t') {
                rep = "\\t";
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\ufeff') {
                rep = String.format("\\u%04x", (int) c);
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
