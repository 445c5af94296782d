package io.github.dblifecycle.core.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.github.dblifecycle.core.Backend;
import io.github.dblifecycle.core.Database;
import io.github.dblifecycle.core.Log;
import io.github.dblifecycle.core.ScriptRunner;
import io.github.dblifecycle.core.reuse.TemplateKey;

/** The parameter {@code scripts}: SQL scripts run in order by {@link ScriptRunner}. */
public final class SqlScripts implements TemplateSource {
    private final List<Path> scripts;
    private final Backend backend;
    private final Log log;

    /** The backend splits the scripts, so {@link #check} can find a script without statements early. */
    public SqlScripts(List<Path> scripts, Backend backend) {
        this(scripts, backend, Log.NONE);
    }

    /** {@code log} gets what loading a dump warns about (e.g. ownership statements skipped). */
    public SqlScripts(List<Path> scripts, Backend backend, Log log) {
        this.scripts = List.copyOf(scripts);
        this.backend = backend;
        this.log = log;
    }

    @Override
    public String describe() {
        return scripts.size() + " SQL script(s)";
    }

    @Override
    public void check() {
        new ScriptRunner(backend.scriptSplitter()).load(scripts); // a missing or empty script fails here
    }

    @Override
    public void addTo(TemplateKey key) {
        key.add("source", "scripts");
        for (Path script : scripts) {
            key.addFile(script.getFileName().toString(), script);
        }
    }

    @Override
    public String apply(Backend backend, Database template) throws SQLException {
        // Closed before cloning: PostgreSQL refuses to copy a database that has sessions.
        try (Connection c = backend.openForScripts(template.connection())) {
            int statements = new ScriptRunner(backend.scriptSplitter()).run(c, scripts, log);
            return scripts.size() + " script(s), " + statements + " statement(s)";
        }
    }
}
