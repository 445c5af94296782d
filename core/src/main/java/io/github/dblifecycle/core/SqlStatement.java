package io.github.dblifecycle.core;

/**
 * One statement cut from a script, ready to send to the driver (no trailing delimiter).
 *
 * @param sql the statement text
 * @param line the 1-based line of the script on which it starts
 */
public record SqlStatement(String sql, int line) {
    /** The first line(s) of the statement, short enough for an error message. */
    public String excerpt() {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
