package io.github.dblifecycle.core;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code verifyClones} check: every clone's {@link Fingerprint} must equal the template's. */
final class CloneVerifier {
    private static final int SHOWN = 20;

    private CloneVerifier() {}

    /** Before anything is created: a backend that cannot fingerprint is refused. */
    static Fingerprinter require(Backend backend) {
        if (backend instanceof Fingerprinter f) {
            return f;
        }
        throw new DbLifecycleException("The option verifyClones is not supported by the "
                + backend.type().id() + " backend (its clones are copies made by the database itself). Turn it off.");
    }

    static void verify(Backend backend, Database template, List<Database> clones, Log log) throws SQLException {
        Fingerprinter fingerprinter = require(backend);
        long start = System.nanoTime();
        Fingerprint expected = fingerprinter.fingerprint(template);
        List<String> problems = new ArrayList<>();
        for (Database clone : clones) {
            for (String d : expected.differences(fingerprinter.fingerprint(clone), template.name(), clone.name())) {
                problems.add(clone.name() + ": " + d);
            }
        }
        if (!problems.isEmpty()) {
            List<String> shown = problems.subList(0, Math.min(SHOWN, problems.size()));
            throw new DbLifecycleException(
                    "verifyClones: " + problems.size() + " difference(s) between the template "
                            + template.name() + " and its clones:\n  " + String.join("\n  ", shown)
                            + (problems.size() > SHOWN ? "\n  ..." : "")
                            + "\nPlease report this as a db-lifecycle bug, with the template's definition of the objects named.");
        }
        log.info("verifyClones: " + clones.size() + " clone(s) equal the template ("
                + expected.items().size() + " items compared) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
