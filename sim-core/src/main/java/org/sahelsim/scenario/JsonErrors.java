package org.sahelsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in plain words: what was found and what JSON expects, without the
 * names of Jackson's features and limits ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS},
 * {@code StreamReadConstraints.getMaxNestingDepth()}) that mean nothing to the author of a file.
 */
public final class JsonErrors {
    private JsonErrors() {}

    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    public static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = m.lines().findFirst().orElse("").trim();
        if (e instanceof StreamConstraintsException || first.contains("StreamReadConstraints")) {
            Matcher lm = LIMIT.matcher(first);
            String max = lm.find() ? lm.group(2) : null;
            if (first.contains("nesting depth")) {
                return "nested deeper than " + (max == null ? "the limit" : max + " levels") + " (a scenario is a few levels deep)";
            }
            if (first.startsWith("Number value length") || first.contains("Number value")) {
                return "a number longer than " + (max == null ? "the limit" : max + " characters") + " (expected an ordinary number)";
            }
            if (first.contains("String value length") || first.contains("String length")) {
                return "a text longer than " + (max == null ? "the limit" : max + " characters");
            }
            if (first.contains("Name length") || first.contains("name length")) {
                return "a field name longer than " + (max == null ? "the limit" : max + " characters");
            }
            if (first.contains("Document length") || first.contains("Token count")) {
                return "the document is larger than " + (max == null ? "the limit" : max);
            }
            return "the document exceeds a size limit of the reader";
        }
        Matcher nonStd = Pattern.compile("Non-standard token '([^']*)'").matcher(first);
        if (nonStd.find()) {
            return nonStd.group(1) + " is not a JSON number (expected a finite number such as 0.5)";
        }
        if (first.contains("ALLOW_COMMENTS") || first.contains("maybe a (non-standard) comment")) {
            return "a comment: JSON has no comments (remove it, or move the text into a \"note\" or \"narrative\" field)";
        }
        if (first.contains("ALLOW_SINGLE_QUOTES") || first.contains("(''' (code 39))")) {
            return "a single quote: JSON strings and field names take double quotes";
        }
        if (first.startsWith("Unexpected character ('}'") || first.startsWith("Unexpected character (']'")
                || first.contains("ALLOW_TRAILING_COMMA")) {
            return "a trailing comma or a missing value (JSON allows no comma before } or ])";
        }
        if (first.contains("ALLOW_UNQUOTED_FIELD_NAMES") || first.contains("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes";
        }
        if (first.contains("plus sign") || first.contains("ALLOW_LEADING_PLUS_SIGN")) {
            return "a number with a leading '+' (JSON numbers have no plus sign)";
        }
        if (first.contains("Leading zeroes not allowed") || first.contains("ALLOW_LEADING_ZEROS")) {
            return "a number with a leading zero (write 7, not 07)";
        }
        if (first.contains("Decimal point not followed by a digit") || first.contains("ALLOW_TRAILING_DECIMAL_POINT")
                || first.contains("ALLOW_LEADING_DECIMAL_POINT")) {
            return "a number with a bare decimal point (write 0.5 and 5.0, not .5 or 5.)";
        }
        if (first.contains("Illegal unquoted character") || first.contains("CTRL-CHAR")) {
            return "a control character inside a text (write it escaped, e.g. \\n or \\t)";
        }
        if (first.contains("Unrecognized character escape")) {
            return "an unknown escape in a text (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)";
        }
        if (first.contains("Duplicate field")) {
            Matcher d = Pattern.compile("Duplicate field '([^']*)'").matcher(first);
            return d.find() ? "field '" + d.group(1) + "' appears twice in this object" : "a field appears twice in this object";
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (an unclosed object, array or text)";
        }
        if (first.contains("Trailing token") || first.contains("FAIL_ON_TRAILING_TOKENS")) {
            return "more after the end of the JSON value (expected the end of the file)";
        }
        if (first.startsWith("Unrecognized token")) {
            Matcher t = Pattern.compile("Unrecognized token '([^']*)'").matcher(first);
            return (t.find() ? "'" + t.group(1) + "' is not a JSON value" : "not a JSON value")
                    + " (expected a number, a \"text\", true, false, null, an object or an array)";
        }
        // anything else: Jackson's words without its feature names and source echo
        String s = first.replaceAll(":? ?(enable|disable) `?[A-Za-z]+\\.[A-Z_]+`? to allow", "")
                .replaceAll(" ?\\(for [A-Za-z.]+\\)", "")
                .replaceAll("\\s*at \\[Source:.*$", "")
                .replaceAll("`[A-Za-z]+\\.[A-Za-z_]+(\\(\\))?`", "a reader option")
                .trim();
        return s.isEmpty() ? "malformed JSON" : s;
    }
}
