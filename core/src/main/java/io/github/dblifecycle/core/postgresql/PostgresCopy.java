package io.github.dblifecycle.core.postgresql;

import io.github.dblifecycle.core.DbLifecycleException;

/**
 * How {@code CREATE DATABASE … TEMPLATE} copies one template: the STRATEGY clause ({@code null} before PostgreSQL 15,
 * which has none and always copies files), and whether {@code file_copy_method = clone} is set first (18+: FILE_COPY
 * then reflinks the files where the file system can).
 *
 * @param option the {@value PostgresBackend#STRATEGY_OPTION} it was chosen for: auto, WAL_LOG, FILE_COPY or CLONE
 */
record PostgresCopy(String strategy, boolean cloning, String option, String why) {
    /**
     * The choice for a template of {@code templateBytes}. {@code auto}: FILE_COPY above
     * {@link PostgresBackend#FILE_COPY_ABOVE_BYTES}, WAL_LOG below; on 18+ FILE_COPY clones unless cloning already
     * failed in this build ({@code cloneWorks} false).
     */
    static PostgresCopy choose(PostgresServer server, String option, long templateBytes, Boolean cloneWorks) {
        if (option.equals("CLONE") && !server.hasFileCopyMethod()) {
            throw unavailable(server, option, 18, "file_copy_method");
        }
        if (!server.hasStrategy()) {
            if (option.equals("WAL_LOG") || option.equals("CLONE")) {
                throw unavailable(server, option, 15, "CREATE DATABASE ... STRATEGY");
            }
            return new PostgresCopy(
                    null, false, option, "PostgreSQL " + server.major() + " has no STRATEGY: it copies the files");
        }
        return switch (option) {
            case "CLONE" -> new PostgresCopy("FILE_COPY", true, option, "option " + PostgresBackend.STRATEGY_OPTION);
            case "auto" -> {
                String size = "auto: template is " + templateBytes / (1024 * 1024) + " MB, FILE_COPY above "
                        + PostgresBackend.FILE_COPY_ABOVE_BYTES / (1024 * 1024) + " MB";
                if (templateBytes <= PostgresBackend.FILE_COPY_ABOVE_BYTES) {
                    yield new PostgresCopy("WAL_LOG", false, option, size);
                }
                boolean clone = server.hasFileCopyMethod() && !Boolean.FALSE.equals(cloneWorks);
                yield new PostgresCopy("FILE_COPY", clone, option, size);
            }
            default -> new PostgresCopy(option, false, option, "option " + PostgresBackend.STRATEGY_OPTION);
        };
    }

    private static DbLifecycleException unavailable(PostgresServer server, String option, int major, String feature) {
        return new DbLifecycleException("The option " + PostgresBackend.STRATEGY_OPTION + "=" + option + " needs "
                + feature + ", which is PostgreSQL " + major + "+; the server is PostgreSQL " + server.version()
                + ". Use " + PostgresBackend.STRATEGY_OPTION + "=auto.");
    }

    /** Forced by the option: a clone that fails is an error, not a reason to copy. */
    boolean forced() {
        return option.equals("CLONE");
    }

    /** The same choice, copying instead of cloning (after cloning failed). */
    PostgresCopy withoutClone() {
        return new PostgresCopy(strategy, false, option, why + "; cloning failed in this build");
    }

    /** The SQL after {@code TEMPLATE name}. */
    String clause() {
        return strategy == null ? "" : " STRATEGY = " + strategy;
    }

    String describe() {
        String how = strategy == null
                ? "without STRATEGY"
                : "STRATEGY " + strategy + (cloning ? " with file_copy_method = clone" : "");
        return how + " (" + why + ")";
    }
}
