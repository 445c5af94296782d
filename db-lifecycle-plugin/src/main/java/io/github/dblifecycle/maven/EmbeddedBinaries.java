package io.github.dblifecycle.maven;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.DbLifecycleException;
import io.github.dblifecycle.core.postgresql.embedded.BinariesArtifact;
import io.github.dblifecycle.core.postgresql.embedded.EmbeddedUrl;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * The PostgreSQL binaries jar an {@code embedded:postgresql} URL asks for, resolved through Maven (mirrors, offline
 * mode and the local repository apply): a full version directly, a major as the newest release in
 * {@code [major, major+1)}, no version as {@link EmbeddedUrl#DEFAULT_VERSION}. A version that is not served fails
 * naming those that are.
 */
final class EmbeddedBinaries {
    /** The jar and its full version. */
    record Resolved(Path jar, String version) {}

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final String artifactId;

    EmbeddedBinaries(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.artifactId = BinariesArtifact.artifactId();
    }

    Resolved resolve(String url) {
        EmbeddedUrl embedded = EmbeddedUrl.parse(url);
        String version = embedded.version().orElse(EmbeddedUrl.DEFAULT_VERSION);
        if (!embedded.fullVersion()) {
            version = newest(version);
        }
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(BinariesArtifact.GROUP_ID, artifactId, "jar", version), repositories, null);
        try {
            Artifact artifact = system.resolveArtifact(session, request).getArtifact();
            return new Resolved(artifact.getFile().toPath(), version);
        } catch (ArtifactResolutionException e) {
            throw notServed(
                    url,
                    "PostgreSQL " + version + " (" + coordinates(version) + ") could not be resolved: "
                            + e.getMessage());
        }
    }

    /** The newest release of a major, e.g. 17.6.0 for 17. */
    private String newest(String major) {
        int m = Integer.parseInt(major);
        List<Version> versions = versions("[" + m + "," + (m + 1) + ")");
        return versions.stream()
                .map(Version::toString)
                .filter(EmbeddedUrl::isRelease)
                .filter(v -> v.startsWith(m + "."))
                .reduce((a, b) -> b) // ascending order
                .orElseThrow(
                        () -> notServed("embedded:postgresql:" + major, "no PostgreSQL " + major + ".x is served"));
    }

    private List<Version> versions(String range) {
        try {
            return system.resolveVersionRange(
                            session,
                            new VersionRangeRequest(
                                    new DefaultArtifact(BinariesArtifact.GROUP_ID, artifactId, "jar", range),
                                    repositories,
                                    null))
                    .getVersions();
        } catch (VersionRangeResolutionException e) {
            return List.of();
        }
    }

    private DbLifecycleException notServed(String url, String why) {
        Map<Integer, List<String>> byMajor = new TreeMap<>(Comparator.reverseOrder());
        for (Version v : versions("[0,)")) {
            String s = v.toString();
            if (EmbeddedUrl.isRelease(s)) {
                byMajor.computeIfAbsent(
                                Integer.valueOf(s.substring(0, s.indexOf('.'))), k -> new java.util.ArrayList<>())
                        .add(0, s);
            }
        }
        String served = byMajor.isEmpty()
                ? "none could be listed (offline, or no repository serves " + BinariesArtifact.GROUP_ID + ":"
                        + artifactId + "; the local repository lists only what was downloaded before)"
                : byMajor.entrySet().stream()
                        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                        .collect(Collectors.joining("; "));
        return new DbLifecycleException("db-lifecycle: <url>" + url + "</url>: " + why + ". Versions served for "
                + "this platform (" + artifactId + "), newest first: " + served + ". Fix the parameter <url>, e.g. "
                + "embedded:postgresql:17 (the newest 17.x) or embedded:postgresql:" + EmbeddedUrl.DEFAULT_VERSION
                + ".");
    }

    private String coordinates(String version) {
        return BinariesArtifact.GROUP_ID + ":" + artifactId + ":" + version;
    }
}
