package io.github.dblifecycle.core.oracle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * Oracle identifiers as db-lifecycle uses them: unquoted names are stored upper-case, so the generated lower-case
 * names ({@code dblc_1a2b3c4d_1}) become users {@code DBLC_1A2B3C4D_1}. Anything pasted into SQL is first checked
 * against {@link #SIMPLE}; names are then always double-quoted, so no keyword or case folding can change them.
 */
public final class OracleNames {
    /** An unquoted Oracle identifier in its stored (upper-case) form, without the rarely portable $ and #. */
    static final Pattern SIMPLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Object names as the dictionary stores them: anything but a double quote or NUL (quoted identifiers). */
    private static final Pattern DICTIONARY_NAME = Pattern.compile("[^\"\\x00]+");
    /** Identifier length limit from Oracle 12.2 (COMPATIBLE >= 12.2), in bytes; these names are ASCII. */
    public static final int LONG_IDENTIFIERS = 128;
    /** Identifier length limit before 12.2. */
    public static final int SHORT_IDENTIFIERS = 30;
    /** The users db-lifecycle may drop: only names it generates, {@code <PREFIX>_<BUILD ID>_T} or {@code _<n>}. */
    private static final Pattern GENERATED_USER = Pattern.compile("[A-Z][A-Z0-9_]{0,19}_([A-Z0-9]{8})_(T|[1-9][0-9]*)");

    private OracleNames() {}

    /** The user for a db-lifecycle database name, checked against the server's identifier length limit. */
    public static String user(String databaseName, int maxLength) {
        String user = databaseName.toUpperCase(Locale.ROOT);
        if (!SIMPLE.matcher(user).matches()) {
            throw new DbLifecycleException("Invalid Oracle user name '" + user + "': db-lifecycle only creates users "
                    + "matching " + SIMPLE.pattern() + ". Fix the parameter <namePrefix>.");
        }
        if (user.length() > maxLength) {
            throw new DbLifecycleException("The Oracle user name " + user + " is " + user.length() + " characters "
                    + "long; this server allows " + maxLength
                    + (maxLength == SHORT_IDENTIFIERS ? " (Oracle before 12.2, or COMPATIBLE below 12.2)" : "")
                    + ". Use a shorter <namePrefix> (at most "
                    + Math.max(1, maxLength - (user.length() - prefixLength(user)))
                    + " characters for this many clones).");
        }
        return user;
    }

    /** The identifier length limit of a server of this version. */
    public static int maxLength(int major, int minor) {
        return major > 12 || major == 12 && minor >= 2 ? LONG_IDENTIFIERS : SHORT_IDENTIFIERS;
    }

    /** Double-quotes a name db-lifecycle generated or validated (users, tablespaces, options). */
    public static String quote(String name) {
        if (name == null || !SIMPLE.matcher(name).matches() || name.length() > LONG_IDENTIFIERS) {
            throw new DbLifecycleException("Refusing the Oracle identifier '" + name + "': db-lifecycle only pastes "
                    + "names matching " + SIMPLE.pattern() + " into SQL");
        }
        return '"' + name + '"';
    }

    /**
     * Double-quotes a name read from the data dictionary (a user's table may be called {@code "Order Lines"}); such
     * names cannot contain a double quote, so quoting them is exact.
     */
    public static String quoteDictionary(String name) {
        if (name == null || !DICTIONARY_NAME.matcher(name).matches() || name.length() > LONG_IDENTIFIERS) {
            throw new DbLifecycleException("Unexpected Oracle object name '" + name + "' in the data dictionary");
        }
        return '"' + name + '"';
    }

    /** A tablespace given as an option: an unquoted identifier, stored upper-case. */
    public static String tablespace(String option, String value) {
        String ts = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!SIMPLE.matcher(ts).matches() || ts.length() > LONG_IDENTIFIERS) {
            throw new DbLifecycleException("Invalid value '" + value + "' for the option " + option + ": give a "
                    + "tablespace name such as USERS (letters, digits and _, starting with a letter).");
        }
        return ts;
    }

    /** The part before "_<build id>_": what the user chose as the prefix. */
    private static int prefixLength(String user) {
        int last = user.lastIndexOf('_');
        int secondLast = last > 0 ? user.lastIndexOf('_', last - 1) : -1;
        return secondLast > 0 ? secondLast : user.length();
    }

    /** The build id in a user name db-lifecycle generates (lower-case, as DatabaseNames makes it); else refuses. */
    static String buildIdOf(String user) {
        Matcher m = user == null ? null : GENERATED_USER.matcher(user);
        if (m == null || !m.matches()) {
            throw new DbLifecycleException("Not dropping the Oracle user '" + user + "': db-lifecycle only drops "
                    + "users it names <PREFIX>_<BUILD ID>_T or <PREFIX>_<BUILD ID>_<n>. The manifest was edited or "
                    + "written by another version.");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }
}
