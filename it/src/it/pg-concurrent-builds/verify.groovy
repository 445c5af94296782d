def checks = evaluate(new File(itShared, 'checks.groovy'))
def a = checks.childRecords(new File(basedir, 'a'))
def b = checks.childRecords(new File(basedir, 'b'))
assert a.size() == 2 && b.size() == 2 : "each build runs two test classes: ${a} ${b}"
def all = a + b
assert (all*.getProperty('database') as Set).size() == 4 : "four forks, four different clones: ${all}"
def buildOf = { it.getProperty('database').replaceAll(/^itconc_([a-z0-9]{8})_\d+$/, '$1') }
assert (a.collect(buildOf) as Set).size() == 1 && (b.collect(buildOf) as Set).size() == 1
assert buildOf(a[0]) != buildOf(b[0]) : 'the two builds must have different build ids'
// The builds really ran at the same time: some test of a overlapped some test of b.
def overlap = a.any { x -> b.any { y -> (x.start as long) < (y.end as long) && (y.start as long) < (x.end as long) } }
assert overlap : "the builds did not overlap: ${all}"
['a', 'b'].each { name ->
    def log = checks.childLog(name)
    assert log.contains('BUILD SUCCESS')
    assert !log.contains('is no longer running') : "build ${name} purged something: the other build was alive"
    assert !log.contains('Not dropping') : log
}
assert checks.pgDatabases('itconc').isEmpty() : 'databases left behind'
true
