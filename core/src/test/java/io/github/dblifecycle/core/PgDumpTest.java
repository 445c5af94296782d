package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pg_dump output, made here by the real pg_dump from a database this test fills with every object type, used as a
 * template script unchanged: the clone must have the same schema (as pg_dump prints it) and the same rows.
 */
class PgDumpTest {
    @TempDir
    Path dir;

    final String prefix = Pg.uniquePrefix();
    final String source = prefix + "_src";
    final String role = prefix + "_owner";
    final TestLog log = new TestLog();

    @AfterEach
    void dropLeftovers() throws Exception {
        Pg.dropAll(prefix); // the source database too: it has this test's prefix
        Pg.execute("DROP ROLE IF EXISTS " + role);
    }

    private PrepareRequest request(List<Path> scripts) {
        return request(scripts, Map.of());
    }

    private PrepareRequest request(List<Path> scripts, Map<String, String> options) {
        return new PrepareRequest(
                Pg.ADMIN,
                scripts,
                1,
                prefix,
                dir.resolve("work"),
                false,
                Map.of("spring.datasource.url", "{url}"),
                options,
                ProcessHandle.current().pid());
    }

    private static ConnectionSpec db(String name) {
        return Pg.at(name);
    }

    /** A database with every object type; its owner and grants go to a role that is dropped after the dump. */
    private void createSource() throws Exception {
        Pg.execute("CREATE DATABASE " + source);
        Pg.execute("CREATE ROLE " + role);
        try (Connection c = db(source).open();
                Statement s = c.createStatement()) {
            s.execute("create type mood as enum ('sad', 'ok', 'happy')");
            s.execute("create domain posint as integer check (value > 0)");
            s.execute("create sequence counter start 5");
            s.execute("select setval('counter', 42)");
            s.execute("create table everything(id serial primary key, i int, b bigint, n numeric(12,3), r real,"
                    + " d double precision, t text, v varchar(20), c char(3), bo boolean, da date, ts timestamp,"
                    + " tz timestamptz, iv interval, u uuid, j jsonb, js json, ba bytea, arr int[], tarr text[],"
                    + " m mood, p posint, ip inet, x xml)");
            s.execute("insert into everything(i, b, n, r, d, t, v, c, bo, da, ts, tz, iv, u, j, js, ba, arr, tarr,"
                    + " m, p, ip, x) select 1, 9007199254740993, 123.456, 1.5, 2.25,"
                    + " E'tab\\there\\nnew line\\\\backslash \\\\N and \\\\. end', 'v', 'abc', true,"
                    + " '2024-02-29', '2024-03-10 02:30', '2024-03-31 02:30+02', '1 day 2 hours',"
                    + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\": [1, \"two\", null]}', '{\"a\":1}',"
                    + " (select decode(string_agg(lpad(to_hex(g), 2, '0'), ''), 'hex') from generate_series(0, 255) g),"
                    + " '{1,NULL,3}', '{\"a,b\",\"\",NULL,\"q\\\"uote\"}', 'happy', 7, '10.0.0.1/8', '<a>x</a>'");
            s.execute("insert into everything(t, v, tarr) values ('', '', '{}'), (null, null, null),"
                    + " (E'\\\\.', E'\\\\', '{\"\\\\\\\\\"}')");
            s.execute("insert into everything(i, t) select g, 'row ' || g from generate_series(1, 5000) g");
            s.execute("create view v_everything as select id, t from everything where t <> ''");
            s.execute("create materialized view mv as select count(*) as n from everything");
            s.execute("create function f(x int) returns int language plpgsql as $$ begin return x + 1; end $$");
            s.execute("create function add1(a int) returns int language sql begin atomic select a + 1; end");
            s.execute("create function trg() returns trigger language plpgsql as $$"
                    + " begin new.t := coalesce(new.t, 'x;y'); return new; end $$");
            s.execute("create trigger everything_trg before insert on everything for each row execute function trg()");
            s.execute("create table parted(id int, at date) partition by range (at)");
            s.execute("create table parted_2024 partition of parted for values from ('2024-01-01') to ('2025-01-01')");
            s.execute("insert into parted values (1, '2024-05-05'), (2, '2024-12-31')");
            s.execute("comment on table everything is 'all the types'");
            s.execute("comment on column everything.t is 'text with ''quotes'' and ; semicolons'");
            s.execute("create table \"Mixed Case\"(\"semi;colon\" text, ref int references everything(id))");
            s.execute("insert into \"Mixed Case\" values ('a;b', 1)");
            s.execute("create schema other");
            s.execute("create table other.t2(x int primary key)");
            s.execute("insert into other.t2 select generate_series(1, 100)");
            s.execute("create index everything_t on everything(t)");
            s.execute("alter table other.t2 owner to " + role);
            s.execute("grant select on everything to " + role);
        }
    }

    private Path dump(String name, String... options) throws Exception {
        Path file = dir.resolve(name);
        String[] command = new String[options.length + 6];
        command[0] = "pg_dump";
        command[1] = "-h";
        command[2] = "127.0.0.1";
        command[3] = "-U";
        command[4] = "postgres";
        System.arraycopy(options, 0, command, 5, options.length);
        command[command.length - 1] = source;
        if (List.of(options).contains("-Fd")) {
            Tools.run(
                    null,
                    command[0],
                    command[1],
                    command[2],
                    command[3],
                    command[4],
                    "-Fd",
                    "-f",
                    file.toString(),
                    source);
        } else {
            Tools.run(file, command);
        }
        return file;
    }

    private void dropRole() throws Exception {
        try (Connection c = db(source).open();
                Statement s = c.createStatement()) {
            s.execute("reassign owned by " + role + " to postgres");
            s.execute("drop owned by " + role);
        }
        Pg.execute("DROP ROLE " + role);
    }

    /** A checksum of every table's rows. */
    private static Map<String, String> checksums(String database) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = db(database).open();
                Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("select format('%I.%I', schemaname, tablename) from pg_tables"
                    + " where schemaname in ('public', 'other') order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(x::text, "
                        + "E'\\n' order by x::text)), '') from " + table + " x")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        assertThat(sums).hasSizeGreaterThan(4);
        return sums;
    }

    private void assertCloneEqualsSource(Manifest manifest) throws Exception {
        String clone = manifest.workers().get(0).database();
        assertThat(Tools.pgSchema(clone)).isEqualTo(Tools.pgSchema(source));
        assertThat(checksums(clone)).isEqualTo(checksums(source));
        assertThat(Pg.queryOne(db(clone), "select last_value from counter")).isEqualTo("42");
        assertThat(Pg.queryOne(db(clone), "select encode(ba, 'hex') from everything where i = 1"))
                .isEqualTo(Pg.queryOne(db(source), "select encode(ba, 'hex') from everything where i = 1"))
                .hasSize(512);
        assertThat(Pg.queryOne(db(clone), "select n from mv")).isEqualTo("5004");
    }

    @Test
    void plainDumpLoadsExactlyWithCopyAndSkipsTheMissingRolesWithOneWarning() throws Exception {
        createSource();
        Path dump = dump("dump.sql");
        dropRole();
        String text = Files.readString(dump);
        assertThat(text)
                .contains(
                        "\\restrict ",
                        "COPY public.everything",
                        "FROM stdin;",
                        "\n\\.\n",
                        "set_config('search_path', '', false)",
                        "OWNER TO " + role,
                        "GRANT SELECT ON TABLE public.everything TO " + role);

        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(dump)));
        try {
            assertCloneEqualsSource(manifest);
            assertThat(log.lines)
                    .filteredOn(l -> l.startsWith("WARN") && l.contains(role))
                    .hasSize(1)
                    .first()
                    .asString()
                    .contains("Skipped 2 ownership and privilege statement(s)", "pg_restore " + "--no-owner");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }

    @Test
    void keepOwnershipRunsOwnershipStatementsAsWrittenAndFailsOnAMissingRole() throws Exception {
        createSource();
        Path dump = dump("dump.sql");
        Map<String, String> keep =
                Map.of(io.github.dblifecycle.core.postgresql.PostgresBackend.KEEP_OWNERSHIP_OPTION, "true");
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(dump), keep));
        try {
            String clone = manifest.workers().get(0).database();
            assertThat(Pg.queryOne(db(clone), "select tableowner from pg_tables where tablename = 't2'"))
                    .isEqualTo(role);
            assertThat(Pg.queryOne(
                            db(clone), "select has_table_privilege('" + role + "', 'public.everything', 'select')"))
                    .isEqualTo("t");
            assertThat(log.all()).doesNotContain("Skipped 2 ownership");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        dropRole();
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(dump), keep)))
                .hasMessageContaining("SQL script " + dump + " failed at line")
                .hasMessageContaining("role \"" + role + "\" does not exist")
                .hasMessageContaining("postgresql.keepOwnership (prepare parameter keepOwnership) is on");
        assertThat(Pg.databases(prefix)).containsExactly(source);
    }

    @Test
    void customAndDirectoryArchivesAreRestoredThroughPgRestore() throws Exception {
        createSource();
        Path custom = dump("dump.custom", "-Fc");
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(custom)));
        try {
            assertCloneEqualsSource(manifest);
            assertThat(log.all()).contains("with pg_restore");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
        Path directory = dump("dump.dir", "-Fd");
        manifest = new DbLifecycle(log).prepare(request(List.of(directory)));
        try {
            assertCloneEqualsSource(manifest);
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }

    @Test
    void dumpWithCreateDatabaseLoadsIntoTheTemplateNotIntoTheNamedDatabase() throws Exception {
        createSource();
        Path dump = dump("dump-c.sql", "-C", "--clean", "--if-exists");
        dropRole();
        assertThat(Files.readString(dump))
                .contains("DROP DATABASE IF EXISTS " + source, "CREATE DATABASE " + source, "\\connect " + source);
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(dump)));
        try {
            assertCloneEqualsSource(manifest); // and the source database was neither dropped nor changed
            assertThat(log.all())
                    .contains(
                            "statement(s) of " + dump + " about databases",
                            "DROP DATABASE IF EXISTS " + source,
                            "\\connect " + source + " on line");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }

    @Test
    void connectToAnotherDatabaseFailsNamingTheLineAndLeavesNothing() throws Exception {
        Path script = Files.writeString(
                dir.resolve("two.sql"), "create table a(x int);\n\\connect postgres\n" + "create table b(x int);\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script))))
                .hasMessageContaining("\\connect postgres on line 2 of the SQL script " + script)
                .hasMessageContaining("only into the template it created")
                .hasMessageNotContaining("Dropped what this build had created"); // found before creating anything
        assertThat(Pg.databases(prefix)).isEmpty();
        assertThat(Pg.queryOne(Pg.ADMIN, "select count(*) from pg_tables where tablename = 'b'"))
                .isEqualTo("0");
    }

    @Test
    void unknownMetaCommandFailsNamingScriptLineAndCommandAndLeavesNothing() throws Exception {
        Path script = Files.writeString(dir.resolve("meta.sql"), "create table a(x int);\n\n\\gexec\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script))))
                .hasMessageContaining("psql meta-command \\gexec on line 3 of the SQL script " + script)
                .hasMessageContaining("is not supported")
                .hasMessageNotContaining("Dropped what this build had created"); // found before creating anything
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void badRowInCopyNamesItsLineAndTheServerMessage() throws Exception {
        Path script = Files.writeString(
                dir.resolve("copy.sql"),
                "create table a(x int, t text);\n"
                        + "COPY public.a (x, t) FROM stdin;\n1\tone\n2\ttwo\nthree\t3\n\\.\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script))))
                .hasMessageContaining("SQL script " + script + " failed at line 5 (row 3 of the COPY data of the "
                        + "statement on line 2)")
                .hasMessageContaining("invalid input syntax for type integer: \"three\"");
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void errorsNameTheScriptLineAfterHeaderCommentsAndMetaCommands() throws Exception {
        // pg_dump's header: comments, then \restrict; the lines after it keep their numbers.
        Path script = Files.writeString(
                dir.resolve("numbered.sql"),
                "--\n-- PostgreSQL database dump\n--\n\\echo one\n\n\\restrict k3y\n\nSET statement_timeout = 0;\n\n"
                        + "-- a comment\nCREATE TABLE a (x int);\n\nINSERT INTO no_such_table VALUES (1);\n"
                        + "\\unrestrict k3y\n");
        assertThatThrownBy(() -> new DbLifecycle(log).prepare(request(List.of(script))))
                .hasMessageContaining("SQL script " + script + " failed at line 13")
                .hasMessageContaining("no_such_table");
        assertThat(Pg.databases(prefix)).isEmpty();
    }

    @Test
    void psqlIncludesVariablesAndEcho() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("inner.sql"), "insert into a values (:n, :'label', E'\\\\');\n");
        Files.writeString(
                sub.resolve("main.sql"),
                "\\set ON_ERROR_STOP on\n\\set n 7\n\\set label 'it''s'\n"
                        + "create table a(x int, t text, b text);\n\\echo loading :n\n\\ir inner.sql\n"
                        + "COPY a (x, t, b) FROM stdin WITH (FORMAT csv);\n8,\"multi\nline, \"\"quoted\"\"\",\n9,,\"\"\n\\.\n"
                        + "select x::text || ':n' from a;\n");
        Manifest manifest = new DbLifecycle(log).prepare(request(List.of(sub.resolve("main.sql"))));
        try {
            ConnectionSpec clone = db(manifest.workers().get(0).database());
            assertThat(Pg.queryOne(
                            clone,
                            "select string_agg(x || '=' || coalesce(t, 'NULL') || '|' || "
                                    + "coalesce(b, 'NULL'), ';' order by x) from a"))
                    .isEqualTo("7=it's|\\;8=multi\nline, \"quoted\"|NULL;9=NULL|");
            assertThat(log.all()).contains("main.sql:5: loading 7");
        } finally {
            new DbLifecycle(log).teardown(dir.resolve("work"), Pg.ADMIN);
        }
    }
}
