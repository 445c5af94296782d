package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForkSettingsTest {
    private static ForkSettings.Setting s(String parameter, String name, String value) {
        return new ForkSettings.Setting("maven-failsafe-plugin", parameter, name, value);
    }

    @Test
    void systemPropertyVariablesNameTheFix() {
        assertThatThrownBy(() -> ForkSettings.check(List.of(
                        s("systemPropertyVariables", "spring.datasource.url", "${db-lifecycle.url}"),
                        s("systemPropertyVariables", "spring.datasource.password", "${db-lifecycle.password}"))))
                .hasMessageContaining("maven-failsafe-plugin <systemPropertyVariables><spring.datasource.url> is "
                        + "${db-lifecycle.url}")
                .hasMessageContaining("<forkProperties><spring.datasource.url>{url}</spring.datasource.url>")
                .hasMessageContaining(
                        "<forkProperties><spring.datasource.password>{password}" + "</spring.datasource.password>");
    }

    @Test
    void argLineShowsOnlyItsProperty() {
        assertThatThrownBy(() -> ForkSettings.check(List.of(
                        s("argLine", null, "-Xmx1g -Dapp.db=jdbc:x?db=@{db-lifecycle.database} -Dsecret=s3cr3t"))))
                .hasMessageContaining("<argLine> has '-Dapp.db=jdbc:x?db=@{db-lifecycle.database}'")
                .hasMessageContaining("<forkProperties><app.db>jdbc:x?db={database}</app.db>")
                .message()
                .doesNotContain("s3cr3t");
    }

    @Test
    void environmentVariablesBecomeSystemProperties() {
        assertThatThrownBy(() -> ForkSettings.check(
                        List.of(s("environmentVariables", "SPRING_DATASOURCE_USERNAME", "${db-lifecycle.username}"))))
                .hasMessageContaining("<forkProperties><spring.datasource.username>{username}");
    }

    @Test
    void otherExpressionsPass() {
        assertThatCode(() -> ForkSettings.check(List.of(
                        s("systemPropertyVariables", "a", "${db-lifecycle.url.1}"),
                        s("systemPropertyVariables", "b", "${db-lifecycle.manifest}"),
                        s("systemPropertyVariables", "c", null),
                        s("argLine", null, "-Xmx1g"))))
                .doesNotThrowAnyException();
    }
}
