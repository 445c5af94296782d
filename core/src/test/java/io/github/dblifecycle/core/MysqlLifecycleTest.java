package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.dblifecycle.core.mysql.MysqlBackend;
import io.github.dblifecycle.core.mysql.MysqlBackendType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against the real MariaDB 10.11 at 127.0.0.1:3306 (root, no password). Every test uses its own database name
 * prefix and checks that nothing with it is left. The time-zone test needs the server's time zone tables
 * (.ci/run loads them: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb -u root mysql).
 */
class MysqlLifecycleTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final TestLog log = new TestLog();

    @BeforeEach
    void nothingBefore() throws Exception {
        assertThat(My.databases(prefix)).isEmpty();
    }

    @AfterEach
    void nothingLeftBehind() throws Exception {
        List<String> left = My.databases(prefix);
        My.dropAll(prefix);
        assertThat(left).as("databases left behind").isEmpty();
    }

    private Path script(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, sql);
        return file;
    }

    private Path everyObject() throws Exception {
        return script(
                "every-object.sql",
                new String(
                        Objects.requireNonNull(getClass().getResourceAsStream("/mysql/every-object.sql"))
                                .readAllBytes(),
                        "UTF-8"));
    }

    private PrepareRequest request(ConnectionSpec admin, List<Path> scripts, int clones, Map<String, String> options) {
        return new PrepareRequest(
                admin,
                scripts,
                clones,
                prefix,
                dir.resolve("work"),
                false,
                Map.of(),
                options,
                ProcessHandle.current().pid());
    }

    private Fingerprint fingerprint(String database) throws Exception {
        return ((Fingerprinter) ForBuild.of(MysqlBackendType.INSTANCE, My.MARIADB, Path.of("target")))
                .fingerprint(new Database(database, null, null));
    }

    /** Both clone methods: rows by INSERT … SELECT, and InnoDB tablespaces exported once and imported. */
    @ParameterizedTest
    @ValueSource(strings = {"sql", "tablespace"})
    void everyObjectTypeIsClonedExactlyAndTeardownLeavesNothing(String method) throws Exception {
        Manifest manifest = new DbLifecycle(log)
                .prepare(request(
                        My.MARIADB,
                        List.of(everyObject()),
                        3,
                        Map.of("verifyClones", "true", MysqlBackend.CLONE_METHOD_OPTION, method)));
        if (method.equals("tablespace")) {
            // child, parent, places (spatial), zero_ai as files; the others cannot be (MariaDB 10.11, measured).
            assertThat(log.all())
                    .contains(
                            "method tablespace (mysql.cloneMethod=tablespace; datadir ",
                            "4 table(s) exported in ",
                            "docs: FULLTEXT index",
                            "events_log: partitioned",
                            "legacy: engine MyISAM",
                            "scratchpad: engine Aria",
                            "seq_orders: sequence")
                    .doesNotContain("was copied with SQL: its tablespace import failed");
        } else {
            assertThat(log.all()).contains("method sql (mysql.cloneMethod=sql)");
        }
        assertThat(dir.resolve("work")).isDirectoryNotContaining("glob:**mysql-export-*");
        String datadir = My.queryOne(My.MARIADB, "select @@datadir");
        for (Manifest.Worker w : manifest.workers()) {
            assertThat(Path.of(datadir, w.database())).isDirectoryNotContaining("glob:**.cfg");
        }

        assertThat(manifest.backend()).isEqualTo("mysql");
        assertThat(My.databases(prefix)).hasSize(4);
        assertThat(log.all())
                .contains(
                        "verifyClones: 3 clone(s) equal the template",
                        "Cloning " + manifest.template() + " inside the server: 9 table(s)",
                        "3 view(s), 3 trigger(s), " + "2 routine(s), 1 event(s)");
        assertThat(My.queryOne(
                        My.MARIADB,
                        "select SCHEMA_COMMENT from information_schema.SCHEMATA where " + "SCHEMA_NAME = '"
                                + manifest.worker(2).database() + "'"))
                .isEqualTo("db-lifecycle build " + manifest.buildId());

        Fingerprint template = fingerprint(manifest.template());
        assertThat(template.items())
                .containsKeys(
                        "rows parent",
                        "views v_a_on_base",
                        "triggers trg_child_bi2",
                        "routines FUNCTION f_tax",
                        "events ev_cleanup",
                        "check_constraints parent chk_kind",
                        "partitions events_log p2023 NULL",
                        "statistics places sp_pos 1",
                        "statistics docs ft_body 1",
                        "referential_constraints child fk_child_parent",
                        "rows seq_orders");
        assertThat(template.items().get("tables parent")).contains("AUTO_INCREMENT=122");
        for (Manifest.Worker w : manifest.workers()) {
            assertThat(template.differences(fingerprint(w.database()), "template", w.database()))
                    .isEmpty();
        }

        // The clone is its own database: its views and routines read the clone, triggers fire there, AUTO_INCREMENT
        // goes on from the template's counter; the trigger whose definer does not exist runs as root.
        ConnectionSpec clone1 = My.at(My.MARIADB, manifest.worker(1).database());
        My.execute(clone1, "insert into child (parent_id) values (1)", "insert into parent (name) values ('new')");
        assertThat(My.query(clone1, "select id, name from parent where name = 'new'"))
                .containsExactly("122|new");
        assertThat(My.query(clone1, "select note from child where id = 4")).containsExactly("AUTO");
        assertThat(My.queryOne(clone1, "select price from parent where id = 1")).isEqualTo("11.5000");
        assertThat(My.queryOne(clone1, "select n from v_m_top")).isEqualTo("2");
        // Like mysqldump, a sequence goes on from the template's next value not cached (1000 + 1000 × 5).
        assertThat(My.queryOne(clone1, "select nextval(seq_orders)")).isEqualTo("6000");
        assertThat(My.query(
                        My.MARIADB,
                        "select DEFINER, EVENT_OBJECT_SCHEMA from information_schema.TRIGGERS "
                                + "where TRIGGER_NAME = 'trg_child_bi' and TRIGGER_SCHEMA = '"
                                + manifest.worker(1).database() + "'"))
                .containsExactly("root@127.0.0.1|" + manifest.worker(1).database()); // CURRENT_USER()
        assertThat(log.all())
                .contains("WARN Ran without its DEFINER clause (it names an account that does not "
                        + "exist, or the connecting account lacks SUPER/SET USER; the connecting account is the definer): "
                        + "CREATE DEFINER=`ghost_user`@`%` TRIGGER trg_child_bi");
        assertThat(My.queryOne(
                        My.MARIADB,
                        "select VIEW_DEFINITION from information_schema.VIEWS where TABLE_NAME = "
                                + "'v_a_on_base' and TABLE_SCHEMA = '"
                                + manifest.worker(1).database() + "'"))
                .doesNotContain(manifest.template());
        ConnectionSpec template0 = My.at(My.MARIADB, manifest.template());
        assertThat(My.queryOne(template0, "select count(*) from child")).isEqualTo("3");
        assertThat(My.queryOne(My.at(My.MARIADB, manifest.worker(2).database()), "select count(*) from child"))
                .isEqualTo("3");
        assertThat(fingerprint(manifest.worker(1).database()).differences(template, "clone 1", "template"))
                .anyMatch(d -> d.startsWith("rows child"))
                .anyMatch(d -> d.startsWith("tables parent") && d.contains("AUTO_INCREMENT=123"));

        BackendType backend = Backends.forId("mysql");
        assertThat(backend.bindFork(manifest, manifest.worker(2)).url())
                .isEqualTo(manifest.worker(2).url());
        Manifest.Worker crossed = new Manifest.Worker(
                2, manifest.worker(1).url(), "root", "", manifest.worker(2).database(), null);
        assertThatThrownBy(() -> backend.bindFork(manifest, crossed))
                .hasMessageContaining(
                        "should use the clone " + manifest.worker(2).database())
                .hasMessageContaining(
                        "reaches the database " + manifest.worker(1).database());

        new DbLifecycle(log).teardown(dir.resolve("work"), My.MARIADB);
        assertThat(My.databases(prefix)).isEmpty();
    }

    @Test
    void mysqlConnectorJWorksTheSameWay() throws Exception {
        Manifest manifest = new DbLifecycle(log)
                .prepare(request(
                        My.MYSQL_DRIVER,
                        List.of(everyObject()),
                        2,
                        Map.of("verifyClones", "true", MysqlBackend.TABLE_SESSIONS_OPTION, "3")));
        assertThat(manifest.worker(1).url())
                .startsWith("jdbc:mysql://127.0.0.1:3306/" + manifest.worker(1).database() + "?useSSL=false");
        assertThat(log.all())
                .contains(
                        "verifyClones: 2 clone(s) equal the template",
                        "3 session(s) per clone",
                        "method tablespace (mysql.cloneMethod=auto; datadir "); // root on the same host: usable
        assertThat(Backends.forId("mysql")
                        .bindFork(manifest, manifest.worker(1))
                        .url())
                .isEqualTo(manifest.worker(1).url());
        new DbLifecycle(log).teardown(dir.resolve("work"), My.MYSQL_DRIVER);
    }

    /**
     * A clone that differs from its template (changed through a second, real connection after it was copied and
     * before the check): verifyClones must fail the build, name each difference, and drop what prepare created.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sql", "tablespace"})
    void verifyClonesFailsTheBuildWhenACloneDiffersAndLeavesNothing(String method) throws Exception {
        String buildId = "feed0001";
        String clone2 = prefix + "_" + buildId + "_2";
        Path script = script(
                "diff.sql",
                "CREATE TABLE t (id int PRIMARY KEY, n int);\n"
                        + "INSERT INTO t VALUES (1, 1), (2, 2), (3, 3);\n"
                        + "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 7;\n");
        AtomicBoolean tampered = new AtomicBoolean();
        // DbLifecycle logs each clone once it is made; verifyClones runs after the last one.
        Log tampering = new Log() {
            @Override
            public void info(String message) {
                log.info(message);
                if (message.startsWith("Clone 2/2 " + clone2 + " created")) {
                    try {
                        My.execute(
                                My.at(My.MARIADB, clone2),
                                "DELETE FROM t WHERE id = 2",
                                "DROP TRIGGER trg",
                                "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 8");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    tampered.set(true);
                }
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }

            @Override
            public void debug(String message) {
                log.debug(message);
            }
        };
        String template = prefix + "_" + buildId + "_t";
        assertThatThrownBy(() -> new DbLifecycle(tampering, () -> buildId)
                        .prepare(request(
                                My.MARIADB,
                                List.of(script),
                                2,
                                Map.of("verifyClones", "true", MysqlBackend.CLONE_METHOD_OPTION, method))))
                .isInstanceOf(DbLifecycleException.class)
                .hasMessageContaining(
                        "verifyClones: 2 difference(s) between the template " + template + " and its clones:")
                .hasMessageContaining(clone2 + ": rows t: " + template + " has 3 rows, checksum ")
                .hasMessageContaining(", " + clone2 + " has 2 rows, checksum ")
                .hasMessageContaining(clone2 + ": triggers trg: " + template + " has ")
                .hasMessageContaining("ACTION_STATEMENT=SET NEW.n = 7;")
                .hasMessageContaining("ACTION_STATEMENT=SET NEW.n = 8;")
                .hasMessageContaining("Dropped what this build had created");
        assertThat(tampered).isTrue();
        assertThat(My.databases(prefix))
                .as("prepare dropped the template and both clones")
                .isEmpty();
        assertThat(dir.resolve("work").resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sql", "tablespace"})
    void timestampsSurviveAServerAndSessionZoneWithDst(String method) throws Exception {
        assertThat(My.queryOne(My.MARIADB, "select count(*) from mysql.time_zone_name where Name = 'Europe/Berlin'"))
                .as("time zone tables loaded (mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb -u root mysql)")
                .isEqualTo("1");
        StringBuilder sql = new StringBuilder(
                "CREATE TABLE tz (id int PRIMARY KEY, ts timestamp(6) NULL, " + "dt datetime(6), src varchar(10));\n");
        // Every 10 minutes around both of Berlin's 2024 switches, written as UTC instants: the spring gap is
        // 01:00-02:00 UTC (02:00-03:00 local does not exist), the autumn overlap 00:00-01:00 UTC (local repeats).
        sql.append("SET time_zone = '+00:00';\n");
        int id = 0;
        for (String day : List.of("2024-03-31", "2024-10-27")) {
            for (int minute = 0; minute <= 180; minute += 10) {
                String t = String.format("%s %02d:%02d:00.%06d", day, minute / 60, minute % 60, minute);
                sql.append("INSERT INTO tz VALUES (")
                        .append(++id)
                        .append(", '")
                        .append(t)
                        .append("', '")
                        .append(t)
                        .append("', 'utc');\n");
            }
        }
        // And local times inside the gap, written in the zone itself (the server moves them to a valid instant).
        sql.append("SET time_zone = 'Europe/Berlin', sql_mode = '';\n");
        sql.append("INSERT INTO tz VALUES (1001, '2024-03-31 02:30:00', '2024-03-31 02:30:00', 'gap');\n");
        sql.append("INSERT INTO tz VALUES (1002, '2024-10-27 02:30:00', '2024-10-27 02:30:00', 'overlap');\n");
        Path script = script("tz.sql", sql.toString());

        // The zone is set per session, not with SET GLOBAL on the shared server: the global zone is only the
        // default of new sessions, and every connection db-lifecycle opens (template, clone copies, verify) is made
        // from the admin URL with its parameters, so each one is in Europe/Berlin exactly as under a global zone.
        ConnectionSpec berlin = inBerlin(My.MARIADB);
        ConnectionSpec berlinMysqlDriver = inBerlin(My.MYSQL_DRIVER);
        assertThat(My.queryOne(berlin, "select @@session.time_zone")).isEqualTo("Europe/Berlin");
        assertThat(My.queryOne(berlinMysqlDriver, "select @@session.time_zone")).isEqualTo("Europe/Berlin");
        Manifest manifest = new DbLifecycle(log)
                .prepare(request(
                        berlin,
                        List.of(script),
                        2,
                        Map.of("verifyClones", "true", MysqlBackend.CLONE_METHOD_OPTION, method)));
        assertThat(log.all()).contains("method " + method);
        // As text made by the server: drivers format fractions their own way.
        String exact = "select id, unix_timestamp(ts), cast(ts as char), cast(dt as char) from tz order by id";
        List<String> template = My.query(My.at(berlin, manifest.template()), exact);
        assertThat(template).hasSize(2 * 19 + 2);
        for (Manifest.Worker w : manifest.workers()) {
            assertThat(My.query(My.at(berlin, w.database()), exact)).isEqualTo(template);
            assertThat(My.query(My.at(berlinMysqlDriver, w.database()), exact)).isEqualTo(template);
        }
        assertThat(My.query(
                        My.at(berlin, manifest.worker(1).database()),
                        "select count(distinct unix_timestamp(ts)) from tz where src = 'utc'"))
                .containsExactly("38");
        new DbLifecycle(log).teardown(dir.resolve("work"), berlin);
    }

    /** Every session opened from the returned spec starts in Europe/Berlin (both drivers read sessionVariables). */
    private static ConnectionSpec inBerlin(ConnectionSpec spec) {
        String url = spec.url();
        return spec.withUrl(url + (url.contains("?") ? "&" : "?") + "sessionVariables=time_zone='Europe/Berlin'");
    }

    @Test
    void aDefinerTheAccountMayNotNameIsDroppedNotFatal() throws Exception {
        String user = prefix + "_user";
        My.execute(
                My.MARIADB,
                "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'secret-pw'",
                "GRANT ALL ON `" + prefix + "\\_%`.* TO '" + user + "'@'%'");
        try {
            ConnectionSpec limited = new ConnectionSpec(My.MARIADB.url(), user, "secret-pw");
            Path script = script(
                    "definer.sql",
                    "CREATE TABLE t (id int PRIMARY KEY, n int);\n"
                            + "CREATE DEFINER=`ghost_user`@`%` TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.n = 7;\n"
                            + "CREATE DEFINER=`ghost_user`@`%` SQL SECURITY DEFINER VIEW v AS SELECT id FROM t;\n"
                            + "DELIMITER //\nCREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SELECT 1; END//\n");
            Manifest manifest =
                    new DbLifecycle(log).prepare(request(limited, List.of(script), 2, Map.of("verifyClones", "true")));
            assertThat(log.all())
                    .contains("WARN Ran without its DEFINER clause")
                    .doesNotContain("secret-pw");
            // Without RELOAD the template cannot be exported: auto says why and copies with SQL.
            assertThat(log.all())
                    .contains("method sql (mysql.cloneMethod=auto; tablespace import unavailable: the "
                            + "import probe failed: ");
            ConnectionSpec clone = My.at(limited, manifest.worker(1).database());
            My.execute(clone, "insert into t (id) values (1)");
            assertThat(My.query(clone, "select n from t")).containsExactly("7");
            assertThat(My.query(
                            My.MARIADB,
                            "select DEFINER from information_schema.TRIGGERS where TRIGGER_SCHEMA = '"
                                    + manifest.worker(1).database() + "'"))
                    .containsExactly(user + "@%");
            new DbLifecycle(log).teardown(dir.resolve("work"), limited);
        } finally {
            My.execute(My.MARIADB, "DROP USER IF EXISTS '" + user + "'@'%'");
        }
    }

    @Test
    void aCloneFailingMidwayDropsEverythingThisBuildCreated() throws Exception {
        String other = prefix + "_other";
        My.execute(My.MARIADB, "CREATE DATABASE `" + other + "`", "CREATE TABLE `" + other + "`.ext (id int)");
        try {
            // The template's last view reads a table that is gone by the time the clones are made: every clone
            // has its tables and rows copied, then fails at that view.
            Path script = script(
                    "s.sql",
                    "CREATE TABLE big (id int PRIMARY KEY);\n"
                            + "INSERT INTO big SELECT seq FROM seq_1_to_5000;\n"
                            + "CREATE VIEW v_ext AS SELECT id FROM `" + other + "`.ext;\n"
                            + "DROP TABLE `" + other + "`.ext;\n");
            assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(My.MARIADB, List.of(script), 3, Map.of())))
                    .isInstanceOf(DbLifecycleException.class)
                    .hasMessageContaining("creating view v_ext")
                    .hasMessageContaining("Dropped what this build had created");
            assertThat(My.databases(prefix)).containsExactly(other);
        } finally {
            My.execute(My.MARIADB, "DROP DATABASE IF EXISTS `" + other + "`");
        }
    }

    @Test
    void neverDropsADatabaseWithoutOurMarker() throws Exception {
        String buildId = "abcd1234";
        String collision = prefix + "_" + buildId + "_2";
        My.execute(My.MARIADB, "CREATE DATABASE `" + collision + "`"); // someone else's, same name
        try {
            assertThatThrownBy(() -> new DbLifecycle(log, () -> buildId)
                            .prepare(request(My.MARIADB, List.of(everyObject()), 3, Map.of())))
                    .hasMessageContaining("Cannot create clone 2 of 3 (" + collision + ")")
                    .hasMessageContaining("database exists");
            assertThat(My.databases(prefix)).containsExactly(collision);

            Backend backend = ForBuild.of(MysqlBackendType.INSTANCE, buildId, My.MARIADB, Path.of("target"), Map.of());
            assertThatThrownBy(() -> backend.drop(new Database(collision, null, null)))
                    .hasMessageContaining("Not dropping the database " + collision)
                    .hasMessageContaining("found: none");
            backend.drop(new Database(prefix + "_" + buildId + "_9", null, null)); // absent: fine
        } finally {
            My.execute(My.MARIADB, "DROP DATABASE IF EXISTS `" + collision + "`");
        }
    }

    @Test
    void scriptErrorsNameTheScriptLineAndServerMessage() throws Exception {
        Path bad = script(
                "bad.sql",
                "CREATE TABLE t (id int);\nDELIMITER ;;\nCREATE PROCEDURE p() BEGIN\n"
                        + "  SELECT * FROM t;\nEND;;\nDELIMITER ;\nINSERT INTO nope VALUES (1);\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(My.MARIADB, List.of(bad), 1, Map.of())))
                .hasMessageContaining(bad + " failed at line 7")
                .hasMessageContaining("INSERT INTO nope VALUES (1)")
                .hasMessageContaining("doesn't exist");
    }

    @Test
    void optionsAreValidated() throws Exception {
        assertThatThrownBy(() -> new DbLifecycle(log)
                        .prepare(request(My.MARIADB, List.of(), 1, Map.of("mysql.tableSession", "2"))))
                .hasMessageContaining("Unknown MySQL option 'mysql.tableSession'");
        assertThatThrownBy(() -> new DbLifecycle(log)
                        .prepare(request(My.MARIADB, List.of(), 1, Map.of(MysqlBackend.CLONE_CONCURRENCY_OPTION, "0"))))
                .hasMessageContaining("from 1 to 64");
        assertThatThrownBy(() -> new DbLifecycle(log)
                        .prepare(request(My.MARIADB, List.of(), 1, Map.of(MysqlBackend.CLONE_METHOD_OPTION, "files"))))
                .hasMessageContaining("use auto, sql, tablespace");
        assertThatThrownBy(() ->
                        new DbLifecycle(log).prepare(request(My.MARIADB, List.of(), 1, Map.of("verifyClones", "yes"))))
                .hasMessageContaining("use true or false");
    }
}
