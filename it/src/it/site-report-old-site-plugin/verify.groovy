// mvn verify site under maven-site-plugins before 3.20 (Doxia 1): prepare warns, the tests pass, teardown drops the
// clones. Under Maven's default (3.3), which cannot load a Doxia 2 report, the report goal fails the site naming the
// site plugin it needs, not with a NoClassDefFoundError from deep inside Maven; under 3.12.1, which can, the page
// is rendered as before.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def message = { String which ->
    "db-lifecycle: the report goal needs maven-site-plugin 3.20 or later (Doxia 2), and this project's is ${which}. " +
            'Add <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin> to ' +
            '<build><plugins>.'
}
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected two invocations, got ${runs.size()}"
[[runs[0], '3.3'], [runs[1], '3.12.1']].each { run, version ->
    assert run.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
    // prepare reads the model, which names no site plugin, so it always assumes Maven's default.
    assert run.contains("[WARNING] ${message("3.3 (Maven's default)")}") : 'prepare did not warn'
    assert run =~ /db-lifecycle dropped (dblc_\w+_[12], ){2}template\.db/ : 'teardown did not drop the clones'
    assert run.contains("--- maven-site-plugin:${version}:site") : "not site plugin ${version}"
    assert !run.contains('NoClassDefFoundError')
}
def error = runs[0].readLines().find { it.startsWith('[ERROR] ') && it.contains('db-lifecycle:') }
assert error != null && error.contains(message("3.3 (Maven's default)")) : error
assert runs[0].contains('BUILD FAILURE')
assert runs[1].contains('BUILD SUCCESS') && !runs[1].contains('[ERROR]')
def page = new File(basedir, 'target/site/db-lifecycle-report.html')
assert page.exists() : 'site plugin 3.12.1 rendered no report page'
assert (page.text =~ /dblc_\w+_1/).find() && (page.text =~ /dblc_\w+_2/).find() : 'the page does not name both clones'
def left = checks.sqliteFilesLeft(basedir)
assert left.isEmpty() : "SQLite files left behind: ${left}"
true
