def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 3 : "expected 3 invocations, found ${runs.size()}"
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
// The provider's error fails the integration-test goal itself, so Maven stops before teardown: each failed build's
// clones are left, with its dead build's marker, and the next prepare or purge drops them.
def id = { log -> (log =~ /db-lifecycle prepared 2 clone\(s\) of itpgsfv_([a-z0-9]{8})_t/).with { it.find() ? it.group(1) : null } }
def first = id(runs[0]), second = id(runs[1])
assert first && second : 'a prepare did not say what it created'
assert runs[1].contains("build ${first} is no longer running") : "invocation 2 did not purge invocation 1's clones"
assert runs[2].contains("build ${second} is no longer running") : "the purge did not drop invocation 2's clones"
assert checks.ours(basedir, checks.pgDatabases('itpgsfv')).isEmpty()
true
