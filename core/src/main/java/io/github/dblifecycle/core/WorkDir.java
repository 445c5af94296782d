package io.github.dblifecycle.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The layout of a build's work directory ({@code target/db-lifecycle} by default): the manifest the forks read,
 * the forks' lease files, and the files backends keep there (SQLite clones, MySQL's exported tablespaces).
 */
final class WorkDir {
    private final Path dir;
    private final Log log;

    WorkDir(Path dir, Log log) {
        this.dir = dir;
        this.log = log;
    }

    Path manifest() {
        return ForkContract.manifest(dir);
    }

    Path leases() {
        return ForkContract.leasesDirectory(dir);
    }

    /** Creates the directory; removes lease files a previous build left, and warns about its manifest. */
    void prepare() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot create the db-lifecycle directory " + dir + ": " + e, e);
        }
        Path old = manifest();
        if (Files.exists(old)) {
            String what;
            try {
                Manifest m = Manifest.read(old);
                what = "build " + m.buildId() + ", databases "
                        + m.workers().stream().map(Manifest.Worker::database).collect(Collectors.joining(", "))
                        + (m.templateOwned() ? " and template " + m.template() : "");
            } catch (DbLifecycleException e) {
                what = "unreadable";
            }
            // One story with what follows: the purge of dead builds, next, names what it drops of that build.
            log.warn("An earlier build's manifest " + old + " (" + what + ") was never torn down (was its Maven "
                    + "killed?); it is replaced now. The purge of dead builds below drops its databases if they are "
                    + "still there.");
        }
        deleteLeases();
    }

    void deleteLeases() {
        Path leases = leases();
        if (!Files.isDirectory(leases)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(leases)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(leases);
        } catch (IOException e) {
            log.warn("Cannot delete the lease files in " + leases + ": " + e);
        }
    }
}
