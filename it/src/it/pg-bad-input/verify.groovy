def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
['skipITs', 'skipTests', 'maven.test.skip', 'db-lifecycle.skip'].each { flag ->
    assert log.contains("db-lifecycle: prepare skipped (${flag} is set)") : "prepare did not honour ${flag}"
    assert log.contains("db-lifecycle: teardown skipped (${flag} is set)") : "teardown did not honour ${flag}"
}
assert log.contains('db-lifecycle.skip is set, so db-lifecycle:prepare created no databases')
assert log.contains('cannot connect to the server (jdbc:postgresql://127.0.0.1:1/postgres?password=******)')
assert !log.contains('UrlSecret-871') : 'a password from the URL was shown'
assert log.contains('[WARNING] db-lifecycle: <clones> is 1 but the forkCount of Surefire/Failsafe is 2') :
        'prepare did not warn about more forks than clones'
assert !(log =~ /cannot connect to the server[^\n]*\.\. Check/) : 'the server message and ours are joined by ".."'
assert log.contains('All 1 database clones are leased by other test JVMs (waited 2.0 s')
assert log.contains('db-lifecycle dropped itbad_') : 'teardown did not run after the lease failure'
assert checks.pgDatabases('itbad').isEmpty() : 'databases left behind'
true
