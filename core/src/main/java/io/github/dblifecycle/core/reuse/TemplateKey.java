package io.github.dblifecycle.core.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * SHA-256 over everything that shapes a template: each part is written as a tag, a name and a value, each
 * length-prefixed, so that no two different sequences of parts hash alike (moving bytes from one script into the
 * next changes the key).
 */
public final class TemplateKey {
    /** Raise when the meaning of the parts changes, so keys of older versions no longer match. */
    private static final int FORMAT = 1;
    /** Characters of the key in a template's name: 48 bits, collisions among one prefix's templates are moot. */
    public static final int SHORT_LENGTH = 12;

    private final MessageDigest sha;

    public TemplateKey() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        add("format", Integer.toString(FORMAT));
        add("version", version());
    }

    /** A named value, e.g. the backend id or a configuration entry. */
    public TemplateKey add(String name, String value) {
        part('v', name);
        part('=', value == null ? "\u0000null" : value);
        return this;
    }

    /** A file by the name given (not its absolute path: the same project in another directory has the same key). */
    public TemplateKey addFile(String name, Path file) {
        try {
            if (Files.isDirectory(file)) {
                // A pg_dump directory archive (-Fd): its files, by name, in order.
                try (var files = Files.list(file)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        addFile(name + "/" + f.getFileName(), f);
                    }
                }
                return this;
            }
            part('f', name);
            // Streamed: a dump may be larger than the heap.
            length(Files.size(file));
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new DbLifecycleException("Cannot read " + file + " to compute the template key: " + e, e);
        }
        return this;
    }

    /** The full key, 64 lower-case hex characters. Ends this object's use. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String shortForm(String hex) {
        return hex.substring(0, SHORT_LENGTH);
    }

    private void part(char tag, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) tag);
        length(bytes.length);
        sha.update(bytes);
    }

    private void length(long n) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (n >>> shift));
        }
    }

    /** This build of db-lifecycle's version: a new version may build templates differently. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in =
                TemplateKey.class.getResourceAsStream("/io/github/dblifecycle/core/db-lifecycle.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Treated as an unknown version below.
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }
}
