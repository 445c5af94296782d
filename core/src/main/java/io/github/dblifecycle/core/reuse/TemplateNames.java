package io.github.dblifecycle.core.reuse;

import java.util.regex.Pattern;

/**
 * Names of reusable templates: {@code <prefix>_tpl_<first 12 hex of the key>}, built as
 * {@code <prefix>_tpl_<key12>_b<build id>} where the product can rename. Distinct from the per-build names
 * {@code <prefix>_<build id>_t} and {@code <prefix>_<build id>_<n>} (a build id has 8 characters, never "tpl").
 */
public final class TemplateNames {
    private TemplateNames() {}

    public static String template(String prefix, String key) {
        return prefix + "_tpl_" + TemplateKey.shortForm(key);
    }

    public static String building(String finalName, String buildId) {
        return finalName + "_b" + buildId;
    }

    /** Matches the names above for one prefix exactly. */
    public static Pattern pattern(String prefix) {
        return Pattern.compile(
                Pattern.quote(prefix) + "_tpl_[0-9a-f]{" + TemplateKey.SHORT_LENGTH + "}(_b[a-z0-9]{8})?");
    }

    /** A LIKE pattern (escape '\') that finds at least the names of {@link #pattern}. */
    public static String like(String prefix) {
        return prefix.replace("_", "\\_") + "\\_tpl\\_%";
    }

    /** The prefix of a finished template's name, or {@code null} if it is not one. */
    public static String prefixOf(String templateName) {
        int at = templateName.lastIndexOf("_tpl_");
        if (at <= 0 || templateName.length() != at + 5 + TemplateKey.SHORT_LENGTH) {
            return null;
        }
        String prefix = templateName.substring(0, at);
        return pattern(prefix).matcher(templateName).matches() ? prefix : null;
    }
}
