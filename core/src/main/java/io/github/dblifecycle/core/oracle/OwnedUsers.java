package io.github.dblifecycle.core.oracle;

import io.github.dblifecycle.core.DbLifecycleException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The users db-lifecycle may drop: only names it generates, {@code <PREFIX>_<BUILD ID>_T} or {@code _<n>}. */
final class OwnedUsers {
    private static final Pattern GENERATED = Pattern.compile("[A-Z][A-Z0-9_]{0,19}_([A-Z0-9]{8})_(T|[1-9][0-9]*)");

    private OwnedUsers() {}

    /** The build id in a generated user name (lower-case, as DatabaseNames makes it). */
    static String buildIdOf(String user) {
        Matcher m = user == null ? null : GENERATED.matcher(user);
        if (m == null || !m.matches()) {
            throw new DbLifecycleException("Not dropping the Oracle user '" + user + "': db-lifecycle only drops "
                    + "users it names <PREFIX>_<BUILD ID>_T or <PREFIX>_<BUILD ID>_<n>. The manifest was edited or "
                    + "written by another version.");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }
}
