def checks = evaluate(new File(itShared, 'checks.groovy'))

def log = checks.log(basedir)
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the clone run did not pass all 4 tests'
def markers = checks.twoWorkersFourClasses(basedir)
// Each fork connected as its clone's own user.
markers.each { assert it.getProperty('db-lifecycle.username') == it.getProperty('db-lifecycle.database') : it }
if (oraclePassword) {
    assert !log.contains(oraclePassword) : 'the admin password appears in the build log'
}
def leftovers = checks.oracleUsers('ITORA')
assert leftovers.isEmpty() : "users left behind: ${leftovers}"
true
