def checks = evaluate(new File(itShared, 'checks.groovy'))
// Spelled in two pieces so that this script itself is not a file that contains the password.
def secret = 'dbSecret-' + 'Qx7wP3'
def log = checks.childLog('app')
assert log.contains('[DEBUG]') : 'the build did not run with -X'
assert log.contains('db-lifecycle: worker 1 bound to') && log.contains('db-lifecycle: worker 2 bound to')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0') : 'the forks did not get the decrypted password'
assert !log.contains(secret) : 'the password is in the Maven output (-X)'
// TEST-*.xml carry the forks' system properties: the password is masked there.
def reports = new File(basedir, 'app/target/failsafe-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 2
reports.each { assert it.text.contains('name="db-lifecycle.password" value="******"') : it.name }
// Nowhere in any file the build left (sources, target/, reports, logs, this IT's directory).
def hits = checks.filesContaining(basedir, secret)
assert hits.isEmpty() : "the password is in ${hits}"
assert !new File(basedir, 'app/target/db-lifecycle/manifest.properties').exists() : 'teardown left the manifest'
assert checks.pgDatabases('itcred').isEmpty() : 'databases left behind'
true
