def checks = evaluate(new File(itShared, 'checks.groovy'))

def log = checks.log(basedir)
// Invocation 1 (both forks on one database) failed for the reason the check exists.
assert log.contains('the forks share a database') : 'the shared-database control run did not fail on isolation'
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the clone run did not pass all 4 tests'
assert log.contains('verifyClones: 2 clone(s) equal the template') : 'verifyClones did not run'
checks.twoWorkersFourClasses(basedir)
def leftovers = checks.mysqlDatabases('itmyj')
assert leftovers.isEmpty() : "databases left behind: ${leftovers}"
true
