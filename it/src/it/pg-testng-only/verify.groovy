def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"
def log = runs[0]
assert log.contains('the tests use TestNG. Add org.junit.support:testng-engine with <scope>test</scope>') : 'the message does not name the engine to add'
assert log.contains('BUILD FAILURE') && !log.contains('BUILD SUCCESS')
assert !log.contains('db-lifecycle prepared') : 'prepare created databases before failing'
assert !(log =~ /Running it\.dblc\./) : 'tests ran'
// Prepare created nothing, so no build id exists to count by: count this IT's own prefix.
assert checks.pgDatabases('itpgtng').isEmpty()
true
