package io.github.dblifecycle.core.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.dblifecycle.core.BuildContext;
import io.github.dblifecycle.core.ConnectionSpec;
import io.github.dblifecycle.core.DatabaseNames;
import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.Log;
import org.junit.jupiter.api.Test;

class OracleNamesTest {
    @Test
    void generatedNamesBecomeUpperCaseUsers() {
        assertThat(OracleNames.user(DatabaseNames.clone("dblc", "1a2b3c4d", 2), 30))
                .isEqualTo("DBLC_1A2B3C4D_2");
        assertThat(OracleNames.user(DatabaseNames.template("my_app", "1a2b3c4d"), 128))
                .isEqualTo("MY_APP_1A2B3C4D_T");
    }

    @Test
    void theIdentifierLimitDependsOnTheServerVersion() {
        assertThat(OracleNames.maxLength(11, 2)).isEqualTo(30);
        assertThat(OracleNames.maxLength(12, 1)).isEqualTo(30);
        assertThat(OracleNames.maxLength(12, 2)).isEqualTo(128);
        assertThat(OracleNames.maxLength(23, 0)).isEqualTo(128);
    }

    @Test
    void aNameTooLongForA30CharacterServerNamesThePrefixParameter() {
        String name = DatabaseNames.clone("abcdefghijklmnopqrst", "1a2b3c4d", 10); // 20 + 1 + 8 + 1 + 2 = 32
        assertThatThrownBy(() -> OracleNames.user(name, 30))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("32 characters")
                .hasMessageContaining("allows 30")
                .hasMessageContaining("<namePrefix>")
                .hasMessageContaining("at most 18");
        assertThat(OracleNames.user(name, 128)).hasSize(32);
    }

    @Test
    void onlySimpleIdentifiersArePastedIntoSql() {
        assertThat(OracleNames.quote("USERS")).isEqualTo("\"USERS\"");
        for (String bad : new String[] {"users", "1A", "A\"B", "A B", "A;B", "", "A$B"}) {
            assertThatThrownBy(() -> OracleNames.quote(bad)).as(bad).isInstanceOf(DbLifecycleException.class);
        }
        assertThatThrownBy(() -> OracleNames.quote(null)).isInstanceOf(DbLifecycleException.class);
    }

    @Test
    void tablespaceOptionIsUpperCasedAndChecked() {
        assertThat(OracleNames.tablespace("oracle.tablespace", " users ")).isEqualTo("USERS");
        assertThatThrownBy(() -> OracleNames.tablespace("oracle.tablespace", "users; drop"))
                .hasMessageContaining("oracle.tablespace");
    }

    @Test
    void onlyGeneratedUserNamesCanBeDropped() {
        assertThat(OracleNames.buildIdOf("DBLC_1A2B3C4D_T")).isEqualTo("1a2b3c4d");
        assertThat(OracleNames.buildIdOf("MY_APP_1A2B3C4D_12")).isEqualTo("1a2b3c4d");
        for (String bad :
                new String[] {"SYSTEM", "HR", "DBLC_1A2B3C4D", "DBLC_1A2B3C4D_0", "DBLC_1A2B_T", "dblc_1a2b3c4d_t"}) {
            assertThatThrownBy(() -> OracleNames.buildIdOf(bad)).as(bad).hasMessageContaining("Not dropping");
        }
    }

    @Test
    void urlMustBeThinWithoutCredentialsAndTheErrorNeverShowsThem() {
        assertThat(OracleUrl.requireThin("jdbc:oracle:thin:@//localhost:1521/FREEPDB1"))
                .isNotNull();
        assertThat(OracleUrl.requireThin("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=h)(PORT=1521))"
                        + "(CONNECT_DATA=(SERVICE_NAME=s)))"))
                .isNotNull();
        assertThatThrownBy(() -> OracleUrl.requireThin("jdbc:oracle:thin:scott/tiger@//h:1521/s"))
                .hasMessageContaining("<username>")
                .message()
                .doesNotContain("tiger");
        assertThatThrownBy(() -> OracleUrl.requireThin("jdbc:oracle:oci:@db")).hasMessageContaining("thin");
        assertThatThrownBy(() -> OracleUrl.requireThin("jdbc:oracle:thin:localhost"))
                .hasMessageContaining("no @");
    }

    @Test
    void passwordsAreRandomStrongAndNeverQuoted() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = OraclePasswords.generate(random);
            assertThat(p)
                    .hasSize(OraclePasswords.LENGTH)
                    .matches("[A-Za-z][A-Za-z0-9_#]+")
                    .matches(".*[A-Z].*[A-Z].*")
                    .matches(".*[a-z].*[a-z].*")
                    .matches(".*[0-9].*[0-9].*")
                    .matches(".*[_#].*[_#].*");
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void optionsAreCheckedAndPdbModeSaysItIsNotImplemented() {
        OracleBackendType type = OracleBackendType.INSTANCE;
        assertThat(type.forBuild(context(
                        Map.of("oracle.tablespace", "data", "oracle.mode", "schema", "postgresql.strategy", "auto"))))
                .isInstanceOf(OracleBackend.class);
        assertThatThrownBy(() -> type.forBuild(context(Map.of("oracle.tablespcae", "x"))))
                .hasMessageContaining("Unknown Oracle option 'oracle.tablespcae'");
        assertThatThrownBy(() -> type.forBuild(context(Map.of("oracle.mode", "pdb"))))
                .hasMessageContaining("designed but not implemented");
        assertThatThrownBy(() -> type.forBuild(context(Map.of("oracle.mode", "cdb"))))
                .hasMessageContaining("use schema");
    }

    private static BuildContext context(Map<String, String> options) {
        return new BuildContext(
                "1a2b3c4d",
                new ConnectionSpec("jdbc:oracle:thin:@//localhost:1521/FREEPDB1", "system", ""),
                Path.of("target"),
                options,
                Log.NONE);
    }

    @Test
    void objectCountDifferencesAreNamed() {
        assertThat(SchemaCheck.differences(Map.of("TABLE", 3, "VIEW", 1), Map.of("TABLE", 3, "VIEW", 1)))
                .isEmpty();
        assertThat(SchemaCheck.differences(Map.of("TABLE", 3, "VIEW", 1), Map.of("TABLE", 2, "INDEX", 1)))
                .containsExactly(
                        "INDEX: 0 in the template, 1 in the clone",
                        "TABLE: 3 in the template, 2 in the clone",
                        "VIEW: 1 in the template, 0 in the clone");
    }
}
