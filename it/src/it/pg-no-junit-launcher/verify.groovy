def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log.contains('db-lifecycle: the project declares no junit-platform-launcher; added org.junit.platform:junit-platform-launcher:1.14.1')
assert !log.contains('no JUnit Platform launcher')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the suite did not pass 4 tests'
checks.twoWorkersFourClasses(basedir)
assert checks.forkLaunchers(basedir) == ['junit-platform-launcher-1.14.1.jar'] as Set : checks.forkLaunchers(basedir)
assert checks.ours(basedir, checks.pgDatabases('itpgnol')).isEmpty()
true
