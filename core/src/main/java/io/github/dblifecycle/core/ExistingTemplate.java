package io.github.dblifecycle.core;

import java.util.Optional;

/** A {@link Backend} that can clone a template the user provides, when there are no scripts (SQLite: a file). */
public interface ExistingTemplate {
    /** The existing template to clone as it is, which this build must never modify or drop; empty: build one. */
    Optional<Database> existingTemplate();
}
