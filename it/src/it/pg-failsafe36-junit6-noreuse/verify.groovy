def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
// Invocation 2 ran one class only.
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'it.test did not select one class'
def markers = checks.markers(basedir)
assert markers*.getProperty('class') == ['BravoIT']
assert markers[0].getProperty('app.datasource.url') == markers[0].getProperty('db-lifecycle.url')
assert checks.ours(basedir, checks.pgDatabases('itpg6')).isEmpty()
true
