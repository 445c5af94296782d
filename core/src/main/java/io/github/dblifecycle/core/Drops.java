package io.github.dblifecycle.core;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.github.dblifecycle.core.util.Concurrently;

/**
 * Drops databases of one build, each only after the backend confirmed it carries that build's marker: a name (from
 * a manifest someone edited, or a user's database named like ours) is never enough. Used by prepare's rollback,
 * teardown and purge alike.
 */
final class Drops {
    private final Backend backend;
    private final String buildId;
    private final Log log;

    /** @param buildId the build whose marker a database must carry to be dropped (a dead one's, for purge) */
    Drops(Backend backend, String buildId, Log log) {
        this.backend = backend;
        this.buildId = buildId;
        this.log = log;
    }

    /** What happened to the databases, by kind: dropped, left alone (not ours), failed (one line each). */
    record Outcome(List<String> dropped, List<String> foreign, List<String> failures) {
        Outcome and(Outcome other) {
            return new Outcome(
                    concat(dropped, other.dropped), concat(foreign, other.foreign), concat(failures, other.failures));
        }
    }

    /** Drops the clones concurrently, then the template ({@code null}: none of ours). Every drop is tried. */
    Outcome dropAll(List<Database> clones, Database template) {
        Outcome first = drop(clones);
        if (template == null) {
            return first;
        }
        return first.and(drop(List.of(template)));
    }

    private Outcome drop(List<Database> databases) {
        List<String> dropped = Collections.synchronizedList(new ArrayList<>());
        List<String> foreign = Collections.synchronizedList(new ArrayList<>());
        List<Concurrently.Task<Void>> tasks = new ArrayList<>();
        for (Database d : databases) {
            tasks.add(() -> {
                dropOne(d, dropped, foreign);
                return null;
            });
        }
        Concurrently.Outcome<Void> outcome = Concurrently.run("db-lifecycle-drop", backend.concurrency(), tasks, false);
        List<String> failures = outcome.failures().stream()
                .map(f -> databases.get(f.index()).name() + ": "
                        + Redact.text(f.error().getMessage()))
                .collect(Collectors.toList());
        return new Outcome(List.copyOf(dropped), List.copyOf(foreign), failures);
    }

    private void dropOne(Database d, List<String> dropped, List<String> foreign) throws SQLException {
        Ownership ownership = backend.ownership(d, buildId);
        switch (ownership) {
            case OURS -> {
                backend.drop(d);
                dropped.add(d.name());
                log.debug("Dropped " + d.name());
            }
            case FOREIGN -> {
                foreign.add(d.name());
                log.warn("Not dropping " + d.name() + ": it does not carry the marker of db-lifecycle build " + buildId
                        + ", so this build did not create it. It is left as it is.");
            }
            case ABSENT -> log.debug(d.name() + " no longer exists");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
