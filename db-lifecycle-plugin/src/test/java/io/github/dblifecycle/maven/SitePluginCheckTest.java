package io.github.dblifecycle.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitePluginCheckTest {
    @Test
    void judgesSitePluginVersions() {
        assertThat(SitePluginCheck.tooOld("3.3")).isTrue();
        assertThat(SitePluginCheck.tooOld("3.12.1")).isTrue();
        assertThat(SitePluginCheck.tooOld("2.4")).isTrue();
        assertThat(SitePluginCheck.tooOld("3.20.0")).isFalse();
        assertThat(SitePluginCheck.tooOld("3.21.0")).isFalse();
        assertThat(SitePluginCheck.tooOld("4.0.0-M16")).isFalse();
        assertThat(SitePluginCheck.tooOld("${site.version}")).isFalse();
    }

    @Test
    void messageNamesTheVersionAndTheFix() {
        String fix = "Add <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin> to "
                + "<build><plugins>.";
        assertThat(SitePluginCheck.tooOldMessage("3.3"))
                .startsWith("db-lifecycle: the report goal needs maven-site-plugin 3.20 or later (Doxia 2)")
                .contains("this project's is 3.3 (Maven's default)")
                .endsWith(fix);
        assertThat(SitePluginCheck.tooOldMessage("3.12.1"))
                .contains("this project's is 3.12.1.")
                .endsWith(fix);
        // The report goal knows the site plugin is old even when no version can be named.
        assertThat(SitePluginCheck.tooOldMessage((String) null)).contains("this site is built by an older one");
        assertThat(SitePluginCheck.tooOldMessage("3.21.0")).contains("this site is built by an older one");
    }

    @Test
    void runningVersionIsNullOutsideASitePluginRealm() {
        assertThat(SitePluginCheck.runningVersion(String.class)).isNull();
        assertThat(SitePluginCheck.runningVersion(SitePluginCheckTest.class)).isNull();
    }
}
