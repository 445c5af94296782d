package io.github.dblifecycle.core.mysql;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * InnoDB transportable tablespaces: the template's tables exported ONCE per build ({@code FLUSH TABLES … FOR
 * EXPORT}, the {@code .ibd} and {@code .cfg} files copied to a staging directory, {@code UNLOCK TABLES}), then each
 * clone imports its own copy ({@code CREATE TABLE} from the template's SHOW CREATE text, {@code DISCARD TABLESPACE},
 * files placed into {@code <datadir>/<clone>/} owned like the server's own files, {@code IMPORT TABLESPACE}).
 * Measured 11.8× faster than {@code mysqldump | mysql} for 4 clones of 522 MB on 2 cores
 * (site/markdown/backend-mysql.md; reproduce with {@code benchmark/run.sh 3 mysql}): the rows are neither parsed nor inserted again, the server only rewrites the pages' space id and checks them.
 *
 * <p>Needs the server's datadir on this host, readable and writable by this JVM, and the copied files usable by the
 * server's account: the JVM is that account, or root (then the files are given to it), or shares its group (then
 * they are group-readable and -writable). {@link #probe} checks all of that on a two-row table before anything is
 * exported. Tables it cannot carry (see {@link #reasonNotImported}) are copied with SQL, per table.
 */
final class MysqlTablespaces {
    /** File name = table name only for these (otherwise the server encodes the name: @0020 etc.). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private static final String PROBE_SOURCE = "_dblc_probe_src";
    private static final String PROBE_TARGET = "_dblc_probe_dst";
    private static final Set<PosixFilePermission> SERVER_MODE = EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE);

    private final Path datadir;
    private final Path staging;
    private final Set<String> exported;
    private final UserPrincipal owner;
    private final GroupPrincipal group;
    private volatile boolean chownWorks = true;

    private MysqlTablespaces(
            Path datadir, Path staging, Set<String> exported, UserPrincipal owner, GroupPrincipal group) {
        this.datadir = datadir;
        this.staging = staging;
        this.exported = exported;
        this.owner = owner;
        this.group = group;
    }

    /** The outcome of {@link #export}: the exported tables, or why none were (the SQL copy is used then). */
    record Outcome(MysqlTablespaces tablespaces, String reason, Map<String, String> sqlTables) {}

    boolean has(String table) {
        return exported.contains(table);
    }

    int size() {
        return exported.size();
    }

    /**
     * Probes the datadir and exports the template's eligible tables to {@code staging}. Returns tablespaces == null
     * with the reason when this JVM cannot use the datadir (auto falls back to SQL; tablespace fails with it).
     */
    static Outcome export(Connection c, MysqlTemplate template, Path staging) throws SQLException {
        String name = template.name();
        MysqlSql.database(name);
        String raw = MysqlSql.queryString(c, "select @@datadir");
        Path datadir;
        try {
            datadir = Path.of(raw == null ? "" : raw);
        } catch (RuntimeException e) {
            return new Outcome(null, "the server's datadir '" + raw + "' is not a path here", Map.of());
        }
        Path dir = datadir.resolve(name);
        if (!Files.isDirectory(dir) || !Files.isReadable(dir) || !Files.isExecutable(dir)) {
            return new Outcome(
                    null,
                    "the server's datadir " + datadir + " (database directory " + dir + ") is not a "
                            + "directory this JVM can read: the server runs on another host or in a container, or its files "
                            + "belong to an account this JVM does not share",
                    Map.of());
        }
        // MariaDB writes db.opt for every database; MySQL 8 has none, but our marker table _dblc_owner is there.
        if (!Files.isRegularFile(dir.resolve("db.opt"))
                && !Files.isRegularFile(dir.resolve(MysqlTemplate.MARKER_TABLE + ".ibd"))) {
            return new Outcome(
                    null,
                    dir + " has neither db.opt nor " + MysqlTemplate.MARKER_TABLE + ".ibd: it is not "
                            + "the directory of the template this build just created (another server's datadir at the same "
                            + "path?)",
                    Map.of());
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return new Outcome(null, "cannot read the owner of " + dir + ": " + e, Map.of());
        }
        Map<String, String> sqlTables = new LinkedHashMap<>();
        List<String> eligible = eligible(c, template, dir, sqlTables);
        MysqlTablespaces t =
                new MysqlTablespaces(datadir, staging, new HashSet<>(eligible), attributes.owner(), attributes.group());
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            return new Outcome(null, "cannot create the staging directory " + staging + ": " + e, Map.of());
        }
        String failure = t.probe(c, dir);
        if (failure != null) {
            t.close();
            return new Outcome(null, failure, Map.of());
        }
        if (!eligible.isEmpty()) {
            try {
                t.exportTables(c, dir, eligible);
            } catch (SQLException | IOException | RuntimeException e) {
                t.close();
                if (e instanceof SQLException s) {
                    throw s;
                }
                return new Outcome(null, "exporting the template's tablespaces failed: " + e, Map.of());
            }
        }
        return new Outcome(t, null, sqlTables);
    }

    /** The tables carried as files; the others get a reason in {@code sqlTables}. */
    private static List<String> eligible(Connection c, MysqlTemplate template, Path dir, Map<String, String> sqlTables)
            throws SQLException {
        Set<String> fulltext = new HashSet<>(MysqlSql.queryColumn(
                c,
                "select distinct TABLE_NAME from "
                        + "information_schema.STATISTICS where TABLE_SCHEMA = ? and INDEX_TYPE = 'FULLTEXT'",
                template.name()));
        Map<String, String[]> info = new LinkedHashMap<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("select TABLE_NAME, ENGINE, "
                + "coalesce(CREATE_OPTIONS, '') from information_schema.TABLES where TABLE_SCHEMA = ?")) {
            ps.setString(1, template.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    info.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (MysqlTemplate.Table t : template.tables()) {
            String[] i = info.getOrDefault(t.name(), new String[] {"?", ""});
            String reason = reasonNotImported(t, i[0], i[1], fulltext.contains(t.name()), dir);
            if (reason == null) {
                out.add(t.name());
            } else {
                sqlTables.put(t.name(), reason);
            }
        }
        return out;
    }

    /**
     * Why a table is copied with SQL rather than as a tablespace, or null. Measured on MariaDB 10.11: a partitioned
     * table cannot be discarded (ERROR 1031 "doesn't have this option"); a FULLTEXT index does not survive the import
     * (warning 1817 "Index corrupt", MATCH then fails); a sequence keeps its state in a row the SQL copy sets.
     */
    static String reasonNotImported(
            MysqlTemplate.Table t, String engine, String createOptions, boolean fulltext, Path dir) {
        if (t.isSequence()) {
            return "sequence";
        }
        if (!"InnoDB".equalsIgnoreCase(engine)) {
            return "engine " + engine;
        }
        if (createOptions.toLowerCase().contains("partitioned")) {
            return "partitioned";
        }
        if (fulltext) {
            return "FULLTEXT index";
        }
        if (!PLAIN_NAME.matcher(t.name()).matches()) {
            return "name needs file-name encoding";
        }
        if (!Files.isRegularFile(dir.resolve(t.name() + ".ibd"))) {
            return "no " + t.name() + ".ibd in the database directory (innodb_file_per_table off or DATA DIRECTORY)";
        }
        return null;
    }

    /**
     * Exports a two-row table of the template and imports it into another table of the template, through this JVM's
     * files: proves that the datadir is this server's, that the JVM can read and write it, and that the server
     * accepts files this JVM placed. Both tables are dropped again. Returns null, or why it failed.
     */
    private String probe(Connection c, Path dir) {
        try (Statement s = c.createStatement()) {
            String create = " (id int NOT NULL PRIMARY KEY, v varchar(10)) ENGINE=InnoDB";
            try {
                s.execute("CREATE TABLE " + PROBE_SOURCE + create);
                s.execute("CREATE TABLE " + PROBE_TARGET + create);
                s.execute("INSERT INTO " + PROBE_SOURCE + " VALUES (1, 'probe'), (2, 'probe')");
                Path probeStaging = staging.resolve("probe");
                Files.createDirectories(probeStaging);
                s.execute("FLUSH TABLES " + PROBE_SOURCE + " FOR EXPORT");
                try {
                    for (String ext : List.of(".ibd", ".cfg")) {
                        copy(dir.resolve(PROBE_SOURCE + ext), probeStaging.resolve(PROBE_SOURCE + ext));
                    }
                } finally {
                    s.execute("UNLOCK TABLES");
                }
                s.execute("ALTER TABLE " + PROBE_TARGET + " DISCARD TABLESPACE");
                for (String ext : List.of(".ibd", ".cfg")) {
                    Path target = dir.resolve(PROBE_TARGET + ext);
                    copy(probeStaging.resolve(PROBE_SOURCE + ext), target);
                    giveToServer(target);
                }
                s.execute("ALTER TABLE " + PROBE_TARGET + " IMPORT TABLESPACE");
                String rows = MysqlSql.queryString(c, "select count(*) from " + PROBE_TARGET);
                if (!"2".equals(rows)) {
                    return "the import probe read " + rows + " row(s) instead of 2";
                }
                return null;
            } finally {
                s.execute("DROP TABLE IF EXISTS " + PROBE_TARGET + ", " + PROBE_SOURCE);
                Files.deleteIfExists(dir.resolve(PROBE_TARGET + ".cfg"));
                Files.deleteIfExists(dir.resolve(PROBE_TARGET + ".ibd")); // only there if the import failed
                deleteTree(staging.resolve("probe"));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            return "the import probe failed: " + e.getMessage();
        }
    }

    /** FLUSH … FOR EXPORT holds the tables quiet (readable, not writable) until UNLOCK TABLES on this session. */
    private void exportTables(Connection c, Path dir, List<String> tables) throws SQLException, IOException {
        StringBuilder flush = new StringBuilder("FLUSH TABLES ");
        for (int i = 0; i < tables.size(); i++) {
            flush.append(i == 0 ? "" : ", ").append(MysqlSql.name(tables.get(i)));
        }
        try (Statement s = c.createStatement()) {
            s.execute(flush.append(" FOR EXPORT").toString());
            try {
                for (String t : tables) {
                    for (String ext : List.of(".ibd", ".cfg")) {
                        copy(dir.resolve(t + ext), staging.resolve(t + ext));
                    }
                }
            } finally {
                s.execute("UNLOCK TABLES"); // also deletes the template's .cfg files
            }
        }
    }

    /**
     * Puts the exported files of {@code table} into the clone's database directory, owned like the server's files.
     * Returns the files written (to be removed if the import fails).
     */
    List<Path> place(String clone, String table) throws IOException {
        Path dir = datadir.resolve(clone);
        List<Path> written = new ArrayList<>();
        for (String ext : List.of(".ibd", ".cfg")) {
            Path target = dir.resolve(table + ext);
            copy(staging.resolve(table + ext), target);
            written.add(target);
            giveToServer(target);
        }
        return written;
    }

    /** The .cfg is only read by the import; the server leaves it behind. */
    void afterImport(String clone, String table) throws IOException {
        Files.deleteIfExists(datadir.resolve(clone).resolve(table + ".cfg"));
    }

    /** Owner of the server's own directory; if chown is not allowed, its group with rw for the group. */
    private void giveToServer(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (!view.readAttributes().owner().equals(owner)) {
            if (chownWorks) {
                try {
                    view.setOwner(owner);
                } catch (IOException e) {
                    chownWorks = false;
                }
            }
            if (!chownWorks) {
                try {
                    view.setGroup(group);
                } catch (IOException e) {
                    // The import says whether the server can use the file.
                }
            }
        }
        view.setPermissions(SERVER_MODE);
    }

    /** In-kernel copy (sendfile/copy_file_range, a reflink where the file system offers it). */
    private static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    /** Removes the staging directory; called once the clones are made (or failed). */
    void close() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // best effort: it is under the build's target directory
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    Path datadir() {
        return datadir;
    }
}
