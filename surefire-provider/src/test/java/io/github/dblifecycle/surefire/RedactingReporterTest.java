package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.report.ReporterFactory;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.apache.maven.surefire.api.report.TestReportListener;
import org.apache.maven.surefire.api.report.TestSetReportEntry;
import org.apache.maven.surefire.api.suite.RunResult;
import org.junit.jupiter.api.Test;

class RedactingReporterTest {
    private final List<String> calls = new ArrayList<>();
    private final List<Object> completed = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private TestReportListener<?> recordingListener() {
        return (TestReportListener<?>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TestReportListener.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : ":" + args[0]));
                    if (method.getName().equals("testSetCompleted")) {
                        completed.add(args[0]);
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    private ReporterFactory factory() {
        return new ReporterFactory() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public TestReportListener createTestReportListener() {
                return recordingListener();
            }

            @Override
            public RunResult close() {
                return new RunResult(1, 0, 0, 0);
            }
        };
    }

    private static SimpleReportEntry entry(Map<String, String> systemProperties) {
        return new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, "sample.AIT", null, null, null, systemProperties);
    }

    @Test
    void masksThePasswordPropertiesInCompletedTestSetsOnly() {
        RedactingReporter filter = new RedactingReporter();
        filter.arm(Set.of("db-lifecycle.password", "app.secret", "absent"), "db-lifecycle: worker 1 bound to db_1 (u)");
        @SuppressWarnings("unchecked")
        TestReportListener<?> listener = filter.wrapFactory(factory()).createTestReportListener();

        Map<String, String> props = Map.of(
                "db-lifecycle.password",
                "s3cret",
                "app.secret",
                "pw:s3cret",
                "db-lifecycle.url",
                "jdbc:x",
                "java.version",
                "17");
        SimpleReportEntry original = entry(props);
        listener.testSetStarting(original);
        listener.testSetCompleted(original);

        assertThat(calls.get(0)).isEqualTo("info:db-lifecycle: worker 1 bound to db_1 (u)");
        assertThat(completed).hasSize(1);
        TestSetReportEntry sent = (TestSetReportEntry) completed.get(0);
        assertThat(sent.getSystemProperties())
                .containsEntry("db-lifecycle.password", RedactingReporter.MASK)
                .containsEntry("app.secret", RedactingReporter.MASK)
                .containsEntry("db-lifecycle.url", "jdbc:x")
                .containsEntry("java.version", "17")
                .doesNotContainKey("absent");
        assertThat(sent.getSourceName()).isEqualTo("sample.AIT");
        assertThat(sent.getRunMode()).isEqualTo(RunMode.NORMAL_RUN);
        assertThat(original.getSystemProperties()).containsEntry("db-lifecycle.password", "s3cret");
    }

    @Test
    void masksThePasswordInsideUrlsAndOtherPropertiesAndTheBindingLine() {
        RedactingReporter filter = new RedactingReporter();
        filter.arm(
                Set.of("db-lifecycle.password"),
                "s3cret",
                "db-lifecycle: worker 1 bound to db_1 (jdbc:postgresql://h/db_1?password=s3cret)");
        @SuppressWarnings("unchecked")
        TestReportListener<?> listener = filter.wrapFactory(factory()).createTestReportListener();
        listener.testSetCompleted(entry(Map.of(
                "db-lifecycle.url",
                "jdbc:postgresql://h/db_1?password=s3cret&a=b",
                "spring.datasource.password",
                "s3cret",
                "other.url",
                "jdbc:mysql://u:pw@h/x")));

        // The mask runs to the next & ; or white space: a password may hold ')' (safety audit F8), so the ')' goes too.
        assertThat(calls.get(0))
                .isEqualTo("info:db-lifecycle: worker 1 bound to db_1 " + "(jdbc:postgresql://h/db_1?password=******");
        Map<String, String> sent = ((TestSetReportEntry) completed.get(0)).getSystemProperties();
        assertThat(sent)
                .containsEntry("db-lifecycle.url", "jdbc:postgresql://h/db_1?password=******&a=b")
                .containsEntry("spring.datasource.password", RedactingReporter.MASK)
                .containsEntry("other.url", "jdbc:mysql://u:******@h/x");
        assertThat(sent.toString()).doesNotContain("s3cret");
    }

    @Test
    void logsTheBindingLineOnceAndLeavesEntriesWithoutSecretsAlone() {
        RedactingReporter filter = new RedactingReporter();
        filter.arm(Set.of("db-lifecycle.password"), "line");
        ReporterFactory wrapped = filter.wrapFactory(factory());
        wrapped.createTestReportListener();
        @SuppressWarnings("unchecked")
        TestReportListener<?> second = wrapped.createTestReportListener();
        SimpleReportEntry plain = entry(Map.of("java.version", "17"));
        second.testSetCompleted(plain);
        assertThat(calls.stream().filter(c -> c.startsWith("info:"))).containsExactly("info:line");
        assertThat(completed).containsExactly(plain);
        assertThat(wrapped.close().getCompletedCount()).isEqualTo(1);
    }

    @Test
    void wrappedParametersHandOutTheFilteringFactory() {
        RedactingReporter filter = new RedactingReporter();
        filter.arm(Set.of("db-lifecycle.password"), null);
        ReporterFactory original = factory();
        ProviderParameters params = (ProviderParameters) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProviderParameters.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getReporterFactory" -> original;
                    case "isInsideFork" -> true;
                    default -> null;
                });
        ProviderParameters wrapped = filter.wrap(params);
        assertThat(wrapped.isInsideFork()).isTrue();
        @SuppressWarnings("unchecked")
        TestReportListener<?> listener = wrapped.getReporterFactory().createTestReportListener();
        listener.testSetCompleted(entry(Map.of("db-lifecycle.password", "pw")));
        assertThat(((TestSetReportEntry) completed.get(0)).getSystemProperties())
                .containsEntry("db-lifecycle.password", RedactingReporter.MASK);
    }
}
