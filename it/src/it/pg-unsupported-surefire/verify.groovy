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
// The provider's error fails the integration-test goal itself, so Maven stops before the teardown goal; the
// session's end drops each failed build's databases (before BUILD FAILURE), and the purge finds nothing left.
def id = { log -> (log =~ /db-lifecycle prepared 2 clone\(s\) of itpgsfv_([a-z0-9]{8})_t/).with { it.find() ? it.group(1) : null } }
[0, 1].each { i ->
    def build = id(runs[i])
    assert build : "invocation ${i + 1}: prepare did not say what it created"
    def end = runs[i] =~ /the build ended before teardown; build ${build} dropped ([^ ]+, [^ ]+, [^ ]+) in \d+ ms/
    assert end.find() && end.start() < runs[i].indexOf('BUILD FAILURE') : "invocation ${i + 1}: the session's end did not drop build ${build}"
    assert end.group(1).split(', ').sort() == ["itpgsfv_${build}_1", "itpgsfv_${build}_2", "itpgsfv_${build}_t"]*.toString()
    assert !runs[i].contains('is no longer running') : "invocation ${i + 1} found an earlier build's leftovers"
}
assert runs[2].contains('no leftovers of dead builds under the prefix itpgsfv')
assert checks.ours(basedir, checks.pgDatabases('itpgsfv')).isEmpty()
true
