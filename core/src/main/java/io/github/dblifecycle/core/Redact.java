package io.github.dblifecycle.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords in text meant for people (logs, error messages, reports). A JDBC URL may carry one as a parameter
 * ({@code ?password=…}, {@code ;password=…}) or as user info ({@code //user:secret@host}), and drivers repeat the
 * URL in their own messages, so every line that may contain a URL goes through here.
 */
public final class Redact {
    public static final String MASK = "******";

    /** {@code password=…} and friends up to the next separator, in query strings and property lists. */
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd|sslpassword|secret)=)([^&;\\s,)\"']*)");
    /** {@code scheme://user:secret@host}: the part between ':' and '@' in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)([^@/\\s]+)(@)");

    private Redact() {}

    /** The text with URL passwords masked, and each known secret (non-empty) replaced wherever it appears. */
    public static String text(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        out = USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    /** A URL as it may be shown. */
    public static String url(String url) {
        return text(url);
    }

    /** Whether the URL carries a password of its own, so that showing it unredacted would leak one. */
    public static boolean hasSecret(String url) {
        return url != null && !text(url).equals(url);
    }
}
