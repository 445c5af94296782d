def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.isolationProven(basedir, checks.mysqlDatabases('itmaria'))
assert log.contains('verifyClones: 2 clone(s) equal the template') : 'verifyClones did not run'
true
