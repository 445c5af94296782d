package io.github.dblifecycle.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.provider.SurefireProvider;
import org.junit.jupiter.api.Test;

/**
 * The embedded copies of Surefire's JUnit Platform provider only exist once the junit-platform-* modules and this
 * one are shaded ({@code package}), so this runs in {@code integration-test}, against this module's jar: Failsafe
 * puts the packaged artifact, not {@code target/classes}, on the test classpath.
 */
class EmbeddedProvidersIT {
    @Test
    void bothEmbeddedProvidersAreInThisModule() throws Exception {
        for (SurefireLine line : SurefireLine.values()) {
            Class<?> type = Class.forName(line.providerClass());
            assertThat(SurefireProvider.class).isAssignableFrom(type);
            assertThat(type.getConstructor(ProviderParameters.class)).isNotNull();
            // From this module's shaded jar (first on Failsafe's classpath after the test classes), not from the
            // junit-platform-* dependency that went into it.
            assertThat(type.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .contains("db-lifecycle-surefire-provider-")
                    .endsWith(".jar");
        }
    }
}
