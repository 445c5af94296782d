// mvn verify site under a maven-site-plugin before 3.20 (Doxia 1): prepare warns, the tests pass, teardown drops the
// clones, and then the report goal fails the site naming the site plugin it needs, not with a NoClassDefFoundError
// from deep inside Maven. Once under Maven's default (3.3), once under 3.12.1.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def message = { String which ->
    "db-lifecycle: the report goal needs maven-site-plugin 3.20 or later (Doxia 2), and this project's is ${which}. " +
            'Add <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin> to ' +
            '<build><plugins>.'
}
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected two invocations, got ${runs.size()}"
[[runs[0], '3.3', "3.3 (Maven's default)"], [runs[1], '3.12.1', '3.12.1']].each { run, version, which ->
    assert run.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
    // prepare reads the model, which names no site plugin, so it always assumes Maven's default.
    assert run.contains("[WARNING] ${message("3.3 (Maven's default)")}") : 'prepare did not warn'
    assert run =~ /db-lifecycle dropped (dblc_\w+_[12], ){2}template\.db/ : 'teardown did not drop the clones'
    assert run.contains("--- maven-site-plugin:${version}:site") : "not site plugin ${version}"
    // 3.3 wraps it in 'Failed to execute goal ...', 3.12.1 prints it alone.
    def error = run.readLines().find { it.startsWith('[ERROR] ') && it.contains('db-lifecycle:') }
    assert error != null && error.contains(message(which)) : error
    assert !run.contains('NoClassDefFoundError')
    assert run.contains('BUILD FAILURE')
}
assert !new File(basedir, 'target/site/db-lifecycle-report.html').exists()
def left = checks.sqliteFilesLeft(basedir)
assert left.isEmpty() : "SQLite files left behind: ${left}"
true
