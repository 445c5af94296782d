package io.github.dblifecycle.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords in text meant for people (logs, error messages, reports). This is the only masker: every line
 * that may contain a URL or a driver message goes through here. A JDBC URL may carry a password
 * <ul>
 *   <li>as a parameter, {@code ?password=…}, {@code ;password=…}, in a property list: any key ending in
 *       {@code password}, {@code passwd}, {@code pwd} or {@code secret}, optionally numbered ({@code password1},
 *       {@code sslpassword}, {@code trustStorePassword}, {@code oracle.net.wallet_password}, {@code client_secret});
 *       masked up to the next {@code &}, {@code ;}, white space or the end, so that a password holding
 *       {@code , ) " '} is masked whole (a URL holds no raw white space);</li>
 *   <li>as user info, {@code //user:secret@host};</li>
 *   <li>in Oracle's form {@code jdbc:oracle:thin:user/secret@host}.</li>
 * </ul>
 */
public final class Redact {
    public static final String MASK = "******";

    private static final Pattern PARAMETER =
            Pattern.compile("(?i)([\\w.-]*(?:password|passwd|pwd|secret)\\d*=)([^&;\\s]*)");
    /** {@code scheme://user:secret@host}: the part between ':' and '@' in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)([^@/\\s]+)(@)");
    /** {@code jdbc:oracle:thin:user/secret@…} (also {@code oci}, {@code kprb}): between the first '/' and '@'. */
    private static final Pattern ORACLE_USER_PASSWORD =
            Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@:\\s]*/)([^@\\s]+)(@)");

    private Redact() {}

    /** The text with URL passwords masked, and each known secret (non-empty) replaced wherever it appears. */
    public static String text(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        // A value masked already (a message that quotes Redact.url(...) and is masked again when logged) keeps what
        // follows the mask, e.g. the ')' closing "(jdbc:…?password=******)": masking twice changes nothing.
        String out = PARAMETER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(2).startsWith(MASK) ? m.group() : m.group(1) + MASK));
        out = USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
        out = ORACLE_USER_PASSWORD
                .matcher(out)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
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
