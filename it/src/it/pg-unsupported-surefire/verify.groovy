def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"
['3.5.3', '3.2.5'].eachWithIndex { version, i ->
    def log = runs[i]
    assert log.contains("maven-failsafe-plugin:${version}:integration-test") : "invocation ${i + 1} did not run Failsafe ${version}"
    assert log.contains("db-lifecycle-surefire-provider does not support Surefire/Failsafe ${version}") :
            "invocation ${i + 1}: the provider's message for Failsafe ${version} is missing"
    assert log.contains('Set the <version> of maven-failsafe-plugin') : "invocation ${i + 1}: the fix is not given"
    assert !(log =~ /Running it\.dblc\./) : "invocation ${i + 1}: tests ran on Failsafe ${version}"
    assert !log.contains('BUILD SUCCESS')
    assert log.contains('BUILD FAILURE')
}
// Teardown ran after the failed integration-test, before failsafe:verify: nothing is left on the server.
assert checks.ours(basedir, checks.pgDatabases('itpgsfv')).isEmpty()
true
