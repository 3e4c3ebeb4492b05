package org.sahelsim.scenario;

/**
 * One thing wrong with an input file, located precisely enough for an editor to jump to it.
 * Printed as {@code FILE:LINE:COLUMN: JSON-pointer: message}; the message says what is wrong and
 * what is expected.
 *
 * @param file    the file as the user named it
 * @param line    1-based line (0 when the file could not be read at all)
 * @param column  1-based column
 * @param pointer RFC 6901 JSON pointer of the offending value ("" for the whole document, shown as "/")
 * @param message what is wrong and what is expected
 */
public record Problem(String file, int line, int column, String pointer, String message) {
    @Override
    public String toString() {
        // what comes from the file (names, pointers) may hold control characters: never print them raw
        if (line == 0) {
            return Escape.printable(file + ": " + message);
        }
        return Escape.printable(file + ":" + line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }
}
