package io.github.dblifecycle.core.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;

/**
 * Files in a work directory that other users might write to. db-lifecycle writes markers, leases and locks there;
 * if another user can create entries in the directory, a symbolic link planted under a name we are about to write
 * would redirect our write to any file we may write. So the work directory must be ours and not writable by others,
 * and files in it are opened without following links.
 */
public final class SafeFiles {
    private SafeFiles() {}

    /**
     * Fails unless {@code dir} (created if missing) is owned by the user running this JVM and not writable by others.
     * A group-writable directory of ours is accepted (a umask of 002 is common); files are still opened without
     * following links. No check on file systems without POSIX attributes (Windows).
     *
     * @param what how the user configured it, for the message (e.g. "the parameter <workDirectory>")
     */
    public static void requireSafeDirectory(Path dir, String what) throws IOException {
        Files.createDirectories(dir);
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return;
        }
        if (attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new UnsafeDirectoryException("The db-lifecycle work directory " + dir + " (" + what + ") is "
                    + "writable by every user: another user could plant links there that redirect db-lifecycle's "
                    + "writes. Use a directory of your own (the default is target/db-lifecycle), or remove the "
                    + "others-write permission (chmod o-w).");
        }
        UserPrincipal me = currentUser(dir);
        if (me != null && !me.equals(attributes.owner())) {
            throw new UnsafeDirectoryException("The db-lifecycle work directory " + dir + " (" + what + ") belongs "
                    + "to the user " + attributes.owner().getName() + ", not to " + me.getName() + " who runs this "
                    + "build: its owner could redirect db-lifecycle's writes. Use a directory of your own (the "
                    + "default is target/db-lifecycle).");
        }
    }

    /** Writes a small text file (a marker) without following a link planted under its name. */
    public static void writeString(Path file, String content) throws IOException {
        try {
            Files.writeString(
                    file,
                    content,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw explainLink(file, e);
        }
    }

    /** Says so when an open failed because the name is a symbolic link (opened with NOFOLLOW_LINKS). */
    static IOException explainLink(Path file, IOException e) {
        if (Files.isSymbolicLink(file)) {
            return new UnsafeDirectoryException(
                    "db-lifecycle refuses to open " + file + ": it is a symbolic link, "
                            + "and db-lifecycle creates its markers, leases and locks as plain files. Someone else may have "
                            + "planted it in the work directory; remove it and check who can write to "
                            + file.getParent()
                            + ".",
                    e);
        }
        return e;
    }

    private static UserPrincipal currentUser(Path dir) {
        try {
            return dir.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return null; // cannot tell who we are (e.g. a uid without a name in a container): skip the owner check
        }
    }

    /** An unsafe work directory or a planted link. An {@link IOException}, so that callers report it with the path. */
    public static final class UnsafeDirectoryException extends IOException {
        UnsafeDirectoryException(String message) {
            super(message);
        }

        UnsafeDirectoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
