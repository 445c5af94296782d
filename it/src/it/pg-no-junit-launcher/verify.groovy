def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"
def log = runs[0]
assert log.contains('the test classpath has no JUnit Platform launcher') : "the provider's message is missing"
assert log.contains('org.junit.platform:junit-platform-launcher with <scope>test</scope>') : 'the fix is not given'
assert !(log =~ /Running it\.dblc\./) : 'tests ran without a launcher'
assert log.contains('BUILD FAILURE') && !log.contains('BUILD SUCCESS')
def id = (log =~ /db-lifecycle prepared 2 clone\(s\) of itpgnol_([a-z0-9]{8})_t/).with { it.find() ? it.group(1) : null }
assert id : 'prepare did not say what it created'
// The provider's error stops Maven before the teardown goal; the end of the session drops the clones.
assert log.contains("the build ended before teardown; build ${id} dropped") : "the failed build's clones were not dropped"
assert checks.ours(basedir, checks.pgDatabases('itpgnol')).isEmpty()
true
