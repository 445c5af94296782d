package io.github.dblifecycle.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * Cuts a script into coarse tokens, just enough for a {@link ScriptSplitter} to see which semicolons and keywords
 * are real: anything quoted or commented comes back as one opaque token, so a splitter never looks inside it.
 * The quoting forms that differ between databases are switched on per dialect with {@link Feature}.
 * Not a SQL parser: numbers, operators and punctuation are passed through without interpretation.
 */
public final class SqlLexer {

    /** Quoting forms beyond the standard {@code '…'}, {@code "…"}, {@code --} and {@code /* *}{@code /}. */
    public enum Feature {
        /** {@code /* /* *}{@code / *}{@code /} nests (PostgreSQL); elsewhere the first {@code *}{@code /} closes. */
        NESTED_BLOCK_COMMENTS,
        /** {@code $$…$$} and {@code $tag$…$tag$} (PostgreSQL). */
        DOLLAR_QUOTES,
        /** {@code E'…'} strings where a backslash escapes the next character (PostgreSQL). */
        ESCAPE_STRINGS,
        /** {@code [identifier]} (SQLite, SQL Server). */
        BRACKET_IDENTIFIERS,
        /** {@code `identifier`} (SQLite, MySQL). */
        BACKTICK_IDENTIFIERS,
        /** {@code q'[…]'}, {@code Q'{…}'}, {@code nq'!…!'}: Oracle's alternative quoting, where {@code '} needs no doubling. */
        Q_QUOTES
    }

    public enum Kind {
        /** A run of blanks and line breaks. */
        SPACE,
        /** A {@code --} comment (without its line break) or a block comment. */
        COMMENT,
        /** An unquoted identifier or keyword. */
        WORD,
        /** A string literal or quoted identifier, quotes included. */
        QUOTED,
        SEMICOLON,
        /** Anything else: one punctuation character, or a number. */
        OTHER
    }

    /**
     * @param start offset of the first character in the script
     * @param end offset just past the last character
     * @param line 1-based line on which the token starts
     */
    public record Token(Kind kind, int start, int end, int line, String text) {
        /** Whether this is the unquoted keyword {@code word}, in any case. */
        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether the token is part of what a statement says: not blank space, not a comment. */
        public boolean isSignificant() {
            return kind != Kind.SPACE && kind != Kind.COMMENT;
        }
    }

    private static final char BOM = '\uFEFF';

    private final String script;
    private final Set<Feature> features;
    private int pos;
    private int line;

    public SqlLexer(String script, Set<Feature> features) {
        this(script, features, 1);
    }

    /** For a part of a longer script that begins on line {@code firstLine}: tokens and errors carry its lines. */
    public SqlLexer(String script, Set<Feature> features, int firstLine) {
        this.script = script;
        this.line = firstLine;
        this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        // Editors on Windows like to save UTF-8 with a byte order mark; it is not part of the first statement.
        this.pos = !script.isEmpty() && script.charAt(0) == BOM ? 1 : 0;
    }

    /** The next token, or {@code null} at the end of the script. */
    public Token next() {
        if (pos >= script.length()) {
            return null;
        }
        int start = pos;
        int startLine = line;
        Kind kind = scan(script.charAt(pos), startLine);
        for (int i = start; i < pos; i++) {
            // Counting only \n makes CRLF files number their lines like LF ones; the \r is just blank space.
            if (script.charAt(i) == '\n') {
                line++;
            }
        }
        return new Token(kind, start, pos, startLine, script.substring(start, pos));
    }

    private Kind scan(char c, int startLine) {
        if (isSpace(c)) {
            while (pos < script.length() && isSpace(script.charAt(pos))) {
                pos++;
            }
            return Kind.SPACE;
        }
        if (c == '-' && charAt(pos + 1) == '-') {
            int newline = script.indexOf('\n', pos);
            pos = newline < 0 ? script.length() : newline;
            return Kind.COMMENT;
        }
        if (c == '/' && charAt(pos + 1) == '*') {
            blockComment(startLine);
            return Kind.COMMENT;
        }
        if (c == '\'') {
            doubledQuote('\'', "string literal", startLine);
            return Kind.QUOTED;
        }
        if (c == '"') {
            doubledQuote('"', "quoted identifier", startLine);
            return Kind.QUOTED;
        }
        if (c == '`' && features.contains(Feature.BACKTICK_IDENTIFIERS)) {
            doubledQuote('`', "quoted identifier", startLine);
            return Kind.QUOTED;
        }
        if (c == '[' && features.contains(Feature.BRACKET_IDENTIFIERS)) {
            int close = script.indexOf(']', pos + 1);
            if (close < 0) {
                throw unterminated("quoted identifier", "[", "]", startLine);
            }
            pos = close + 1;
            return Kind.QUOTED;
        }
        if (c == '$' && features.contains(Feature.DOLLAR_QUOTES)) {
            String tag = dollarTag();
            if (tag != null) {
                dollarQuote(tag, startLine);
                return Kind.QUOTED;
            }
        }
        if (isWordStart(c)) {
            int start = pos++;
            skipWordParts();
            // E'…' is one token: a lone E touching the quote means "escape string"; the E of "some'…'" does not.
            if (pos - start == 1
                    && (c == 'E' || c == 'e')
                    && charAt(pos) == '\''
                    && features.contains(Feature.ESCAPE_STRINGS)) {
                escapeString(startLine);
                return Kind.QUOTED;
            }
            if (charAt(pos) == '\'' && features.contains(Feature.Q_QUOTES) && isQPrefix(script.substring(start, pos))) {
                qQuote(startLine);
                return Kind.QUOTED;
            }
            return Kind.WORD;
        }
        if (isWordPart(c)) {
            // A number (or 1abc); never a keyword, so "1end" or "2begin" cannot open or close a block.
            skipWordParts();
            return Kind.OTHER;
        }
        pos++;
        return c == ';' ? Kind.SEMICOLON : Kind.OTHER;
    }

    private void blockComment(int startLine) {
        boolean nests = features.contains(Feature.NESTED_BLOCK_COMMENTS);
        int depth = 0;
        while (pos < script.length()) {
            if (script.startsWith("/*", pos) && (depth == 0 || nests)) {
                depth++;
                pos += 2;
            } else if (script.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw unterminated("block comment", "/*", "*/", startLine);
    }

    /** A quote where writing the quote character twice puts it inside: {@code 'it''s'}, {@code "a""b"}. */
    private void doubledQuote(char quote, String what, int startLine) {
        int from = pos + 1;
        while (true) {
            int close = script.indexOf(quote, from);
            if (close < 0) {
                throw unterminated(what, String.valueOf(quote), String.valueOf(quote), startLine);
            }
            if (charAt(close + 1) != quote) {
                pos = close + 1;
                return;
            }
            from = close + 2;
        }
    }

    /** At the quote after the E of {@code E'…'}: a backslash escapes the next character, {@code ''} still works. */
    private void escapeString(int startLine) {
        int i = pos + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                pos = i + 1;
                return;
            } else {
                i++;
            }
        }
        throw unterminated("escape string", "E'", "'", startLine);
    }

    /**
     * The opening {@code $tag$} at pos, or null when the dollar is something else ({@code $1}, a lone {@code $}).
     * The tag follows PostgreSQL's identifier rules minus the dollar: a letter or underscore, then those or digits.
     */
    private String dollarTag() {
        int i = pos + 1;
        if (i < script.length() && isWordStart(script.charAt(i))) {
            i++;
            while (i < script.length() && isTagPart(script.charAt(i))) {
                i++;
            }
        }
        return charAt(i) == '$' ? script.substring(pos, i + 1) : null;
    }

    private void dollarQuote(String tag, int startLine) {
        // The closing tag is case-sensitive, unlike identifiers: $Body$ is not closed by $body$.
        int close = script.indexOf(tag, pos + tag.length());
        if (close < 0) {
            throw unterminated("dollar-quoted string", tag, tag, startLine);
        }
        pos = close + tag.length();
    }

    /** {@code q} or {@code nq} in any case: the word right before the quote of a q-quoted string. */
    private static boolean isQPrefix(String word) {
        return word.equalsIgnoreCase("q") || word.equalsIgnoreCase("nq");
    }

    /** At the quote after q: the next character opens, its mirror ({@code ]})}>}) or itself then a quote closes. */
    private void qQuote(int startLine) {
        char open = charAt(pos + 1);
        if (pos + 1 >= script.length() || isSpace(open)) {
            throw new DbLifecycleException("Invalid q-quoted string on line " + startLine + ": q' must be followed by "
                    + "a delimiter character such as [, {, (, < or !, e.g. q'[it's]'");
        }
        char close =
                switch (open) {
                    case '[' -> ']';
                    case '{' -> '}';
                    case '(' -> ')';
                    case '<' -> '>';
                    default -> open;
                };
        int end = script.indexOf(close + "'", pos + 2);
        if (end < 0) {
            throw unterminated("q-quoted string", "q'" + open, close + "'", startLine);
        }
        pos = end + 2;
    }

    /**
     * Consumes the rest of the current line (not its line break) as one {@link Kind#COMMENT} token, unread: for
     * line-based client commands such as SQL*Plus's {@code REM it's a note}, whose text is not SQL.
     */
    public Token restOfLine() {
        int start = pos;
        int newline = script.indexOf('\n', pos);
        pos = newline < 0 ? script.length() : newline;
        return new Token(Kind.COMMENT, start, pos, line, script.substring(start, pos));
    }

    private static DbLifecycleException unterminated(String what, String opener, String closer, int line) {
        return new DbLifecycleException("Unterminated " + what + ": the " + opener + " on line " + line
                + " is never closed; add the missing " + closer);
    }

    private void skipWordParts() {
        while (pos < script.length() && isWordPart(script.charAt(pos))) {
            pos++;
        }
    }

    private char charAt(int i) {
        return i < script.length() ? script.charAt(i) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Letters, underscore and any non-ASCII character, as PostgreSQL, SQLite and MySQL all accept. */
    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && c != BOM;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    /** A dollar-quote tag may not contain a dollar, or $a$b$ would be ambiguous. */
    private static boolean isTagPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9';
    }
}
