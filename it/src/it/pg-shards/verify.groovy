def checks = evaluate(new File(itShared, 'checks.groovy'))
def builds = ['whole', 'seq1', 'seq2', 'seq3', 'both1', 'both2', 'dur1', 'dur2', 'dur3', 'empty']
builds.each { name ->
    assert checks.childLog(name).contains('BUILD SUCCESS') : "build ${name} failed:\n" + checks.childLog(name)
}
// The classes a build ran, as its XML reports (the only record Surefire/Failsafe keep) list them.
def ran = { String name ->
    (new File(basedir, "${name}/target/failsafe-reports").listFiles() ?: [])
            .findAll { it.name ==~ /TEST-.*\.xml/ }
            .collect { it.name - 'TEST-it.dblc.shard.' - '.xml' }.sort()
}
def suite = ['BigIT', 'T1IT', 'T2IT', 'T3IT', 'T4IT', 'T5IT', 'T6IT']
assert ran('whole') == suite : "the unsharded run: ${ran('whole')}"

def partition = { List<String> names, String what ->
    def shards = names.collect { ran(it) }
    def all = shards.flatten()
    assert all.size() == all.toSet().size() : "${what}: a class ran in two shards: ${shards}"
    assert all.sort() == suite : "${what}: the shards together ran ${all.sort()}, not the unsharded ${suite}"
    names.eachWithIndex { name, i ->
        def log = checks.childLog(name)
        def line = "db-lifecycle: shard ${i + 1}/3 runs ${shards[i].size()} of 7 test classes (${7 - shards[i].size()} belong to the other shards"
        assert log.contains(line) || (shards[i].isEmpty() && log.contains("shard ${i + 1}/3 has no test class")) :
                "${what}: ${name} does not say what it runs (${line}):\n${log}"
        assert log.count("db-lifecycle: shard ${i + 1}/3 ") == 1 : "${what}: ${name} says it more than once"

        assert log.contains("Tests run: ${shards[i].size()}, Failures: 0, Errors: 0, Skipped: 0") :
                "${what}: ${name} does not report exactly its own ${shards[i].size()} class(es) as run"
    }
    def keys = names.collect { (checks.childLog(it) =~ /split key ([0-9a-f]{8})/).collect { m -> m[1] } }.flatten()
    assert keys.size() == 3 && keys.toSet().size() == 1 : "${what}: the shards did not cut the same split: ${keys}"
    shards
}
def sequential = partition(['seq1', 'seq2', 'seq3'], 'one after another, forkCount=2')
sequential.each { assert !it.isEmpty() : "counts 7 classes into 3 shards: ${sequential}" }
// Shards at once cut the same split as one after another.
assert ran('both1') == sequential[0] && ran('both2') == sequential[1] : "two at once: ${ran('both1')} ${ran('both2')}"

def timed = partition(['dur1', 'dur2', 'dur3'], 'by durations, reuseForks=false')
assert timed.contains(['BigIT']) : "BigIT, as long as all others together, is not alone in its shard: ${timed}"
assert timed.every { it.size() == 1 || it.size() == 3 } : "the six equal classes split 3/3: ${timed}"
assert checks.childLog('dur1').contains('split by recorded durations')

// The shard that -Dit.test left empty passed, saying so, and reported no class.
def empty = checks.childLog('empty')
assert empty.contains("db-lifecycle: shard 2/3 has no test class to run (all 1 belong to the other shards") : empty
assert ran('empty').isEmpty()

def bad = checks.childLog('bad')
assert bad.contains('BUILD FAILURE') && bad.contains("db-lifecycle: <shard> (-Ddb-lifecycle.shard) is '4/3'; it must be i/n") : bad
assert !bad.contains('prepared') && !new File(basedir, 'bad/target/db-lifecycle/manifest.properties').exists()

// The unsharded build recorded every class, BigIT the longest.
def recorded = new Properties()
new File(basedir, 'recorded.properties').withInputStream { recorded.load(it) }
assert recorded.stringPropertyNames().sort() == suite.collect { "it.dblc.shard.${it}" } : recorded
def longest = recorded.stringPropertyNames().max { recorded.getProperty(it) as long }
assert longest == 'it.dblc.shard.BigIT' : recorded

// Each shard's databases carried its own build's id, and none is left on the server.
def ids = builds.collect { name ->
    def p = new Properties()
    new File(basedir, "${name}/target/db-lifecycle-report/prepare.properties").withInputStream { p.load(it) }
    assert p.getProperty('buildId') : "${name} recorded no build id"
    def databases = (checks.childLog(name) =~ /itshard_([a-z0-9]{8})_\w+/).collect { it[1] } as Set
    assert databases == [p.getProperty('buildId')] as Set : "${name} touched databases of other builds: ${databases}"
    p.getProperty('buildId')
}
assert ids.size() == ids.toSet().size() : "two builds shared a build id: ${ids}"
assert checks.pgDatabases('itshard').isEmpty() : "databases left behind: ${checks.pgDatabases('itshard')}"
true
