package io.github.dblifecycle.core;

/** What a backend finds when asked whether a database is one a given build created (by the marker it left). */
public enum Ownership {
    /** It exists and carries the build's marker: ours to drop. */
    OURS,
    /** It exists without the build's marker (a user's, or another build's): never touched. */
    FOREIGN,
    /** It does not exist (already dropped). */
    ABSENT
}
