package io.github.dblifecycle.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses the Maven idiom {@code ${db-lifecycle.url}} (and the other fork properties) in a Surefire/Failsafe
 * {@code systemPropertyVariables}, {@code systemProperties}, {@code argLine} or {@code environmentVariables}. Maven
 * resolves such an expression once, for all forks, before any fork has leased a clone: to nothing (Spring Boot then
 * silently falls back to an embedded database) or, when the property is set, to prepare's admin URL. Each fork's own
 * value exists only inside the fork, which is what {@code forkProperties} gives; an environment variable cannot be
 * changed inside a running JVM at all. So prepare stops the build before it creates anything and names the fix.
 */
public final class ForkSettings {
    /** The fork properties, by the placeholder forkProperties uses for each. */
    private static final Map<String, String> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        PLACEHOLDERS.put(ForkContract.URL, "{url}");
        PLACEHOLDERS.put(ForkContract.USERNAME, "{username}");
        PLACEHOLDERS.put(ForkContract.PASSWORD, "{password}");
        PLACEHOLDERS.put(ForkContract.WORKER, "{worker}");
        PLACEHOLDERS.put(ForkContract.DATABASE, "{database}");
    }

    /** {@code ${db-lifecycle.url}}, or Surefire's late {@code @{db-lifecycle.url}}; not {@code ${db-lifecycle.url.1}}. */
    private static final Pattern EXPRESSION = Pattern.compile("[$@]\\{(db-lifecycle\\.[a-z]+)}");

    private static final Pattern ARG_LINE_PROPERTY = Pattern.compile("-D([^=\\s]+)=(\\S*)");

    /**
     * One setting of a test plugin as written in the POM.
     *
     * @param plugin e.g. {@code maven-surefire-plugin}
     * @param parameter {@code systemPropertyVariables}, {@code systemProperties}, {@code environmentVariables} or
     *     {@code argLine}
     * @param name the property or variable name ({@code null} for argLine)
     * @param value its value before Maven resolved it
     */
    public record Setting(String plugin, String parameter, String name, String value) {}

    private ForkSettings() {}

    /** Throws naming every setting that uses a fork property through Maven, each with its forkProperties form. */
    public static void check(List<Setting> settings) {
        List<String> problems = new ArrayList<>();
        for (Setting s : settings) {
            if (s.value() == null) {
                continue;
            }
            Matcher m = EXPRESSION.matcher(s.value());
            while (m.find()) {
                String placeholder = PLACEHOLDERS.get(m.group(1));
                if (placeholder != null) {
                    String problem = problem(s, m.group(), placeholder);
                    if (!problems.contains(problem)) {
                        problems.add(problem);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DbLifecycleException(String.join("\n", problems) + "\nMaven resolves such an expression once "
                    + "for all forks, before any of them has a clone: to nothing (a framework then falls back to its "
                    + "default, e.g. an embedded H2), or to prepare's admin URL. Each fork's own values come only "
                    + "through db-lifecycle-maven-plugin's <forkProperties>, as shown, whose placeholders {url}, "
                    + "{username}, {password}, {worker} and {database} each fork fills in with its clone's.");
        }
    }

    private static String problem(Setting s, String expression, String placeholder) {
        String where = s.plugin() + " <" + s.parameter() + ">" + (s.name() != null ? "<" + s.name() + ">" : "");
        String property = s.name();
        String value = s.value();
        String note = "";
        String shown = s.value();
        if (s.name() == null) { // argLine: -Dname=value; only that part is shown (the rest may hold anything)
            property = null;
            shown = "'" + expression + "'";
            Matcher d = ARG_LINE_PROPERTY.matcher(s.value());
            while (d.find()) {
                if (d.group(2).contains(expression)) {
                    property = d.group(1);
                    value = d.group(2);
                    shown = "'" + d.group() + "'";
                    break;
                }
            }
        } else if (s.parameter().equals("environmentVariables")) {
            // An environment variable cannot differ per fork: the system property the framework reads instead.
            property = s.name().toLowerCase(Locale.ROOT).replace('_', '.');
            note = " (the system property your framework reads instead of the environment variable " + s.name()
                    + ", e.g. Spring Boot's spring.datasource.url for SPRING_DATASOURCE_URL)";
        }
        String name = property != null ? property : "your.property";
        String fix = "<forkProperties><" + name + ">" + value.replace(expression, placeholder) + "</" + name
                + "></forkProperties>";
        return "db-lifecycle: " + where + (s.name() == null ? " has " : " is ") + shown
                + ", which cannot give each fork its clone. Remove it there and set " + fix + note + ".";
    }
}
