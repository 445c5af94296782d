package io.github.dblifecycle.core.util;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Files written whole or not at all: a reader (a fork, the report, a concurrent build) never sees half a file. The
 * content goes to a new temporary file beside the target (created exclusively, so a planted link is never
 * followed), which then replaces the target by a rename; a rename replaces a link instead of writing through it.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes a file's content. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} atomically.
     *
     * @param ownerOnly the file holds credentials: readable and writable by its owner only (POSIX)
     */
    public static void write(Path file, boolean ownerOnly, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            if (ownerOnly) {
                restrictToOwner(tmp);
            }
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@link #write} for a properties file. */
    public static void writeProperties(Path file, Properties properties, String comment, boolean ownerOnly)
            throws IOException {
        write(file, ownerOnly, out -> properties.store(out, comment));
    }

    /** Renames {@code from} to {@code to}, replacing it; atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Readable and writable by the owner only; a no-op on file systems without POSIX permissions (Windows). */
    public static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the file inherits the user's profile ACLs.
        }
    }
}
