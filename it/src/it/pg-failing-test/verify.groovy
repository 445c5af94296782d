def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 2, Failures: 1') : 'the failing test was not reported'
def teardown = (log =~ /db-lifecycle-maven-plugin:[^:\s]+:teardown/).with { it.find() ? it.start() : -1 }
def verifyGoal = log.indexOf('maven-failsafe-plugin:3.5.4:verify')
assert teardown > 0 && verifyGoal > teardown : 'teardown must run before failsafe:verify fails the build'
assert checks.ours(basedir, checks.pgDatabases('itpgfail')).isEmpty()
true
