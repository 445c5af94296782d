def checks = evaluate(new File(itShared, 'checks.groovy'))

def log = checks.log(basedir)
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the clone run did not pass all 4 tests'
checks.twoWorkersFourClasses(basedir)
def leftovers = checks.pgDatabases('itpg5')
assert leftovers.isEmpty() : "databases left behind: ${leftovers}"
true
