package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong password, against the real MariaDB (this machine's PostgreSQL trusts every local connection, so it cannot
 * refuse one): a throwaway account with a password is created, then used with another password. The message says
 * what to check, names neither password, and nothing is created.
 */
class WrongPasswordTest {
    private static final String RIGHT = "Right-pw-4711";
    private static final String WRONG = "Wrong-pw-0815";

    @TempDir
    Path dir;

    private final String prefix = Pg.uniquePrefix();
    private final String user = prefix + "_user";
    private final String buildId = DatabaseNames.newBuildId();
    private final TestLog log = new TestLog();

    @BeforeEach
    void createAccount() throws Exception {
        My.execute(
                My.MARIADB,
                "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + RIGHT + "'",
                "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + RIGHT + "'");
    }

    @AfterEach
    void dropAccount() throws Exception {
        My.execute(
                My.MARIADB, "DROP USER IF EXISTS '" + user + "'@'%'", "DROP USER IF EXISTS '" + user + "'@'localhost'");
        // Only what this test could have created: other builds may share the server.
        assertThat(My.databases(prefix)).isEmpty();
        assertThat(My.namedOrMarkedWith(List.of(buildId))).isEmpty();
        assertThat(log.all()).doesNotContain(RIGHT).doesNotContain(WRONG);
    }

    @Test
    void wrongPasswordSaysWhatToCheckAndShowsNoPassword() {
        ConnectionSpec admin = new ConnectionSpec("jdbc:mariadb://127.0.0.1:3306/", user, WRONG);
        PrepareRequest request = TestRequests.plain(admin, List.of(), 1, prefix, dir.resolve("work"));
        assertThatThrownBy(() -> new DbLifecycle(log, () -> buildId).prepare(request))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining("cannot connect to the server")
                .hasMessageContaining("Access denied for user '" + user + "'")
                .hasMessageContaining("<password>")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WRONG).doesNotContain(RIGHT));
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
    }
}
