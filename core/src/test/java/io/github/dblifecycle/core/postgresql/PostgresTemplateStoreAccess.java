package io.github.dblifecycle.core.postgresql;

/** Test access to the template lock's key. */
public final class PostgresTemplateStoreAccess {
    private PostgresTemplateStoreAccess() {}

    public static long lockId(String prefix) {
        return PostgresTemplateStore.lockId(prefix);
    }
}
