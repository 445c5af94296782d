def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 2 : "expected 2 invocations, found ${runs.size()}"

// Invocation 1, reuseForks=false: all four classes passed, each in a JVM of its own, on the two clones.
assert runs[0].contains('BUILD SUCCESS')
assert runs[0] =~ /Results:\s*\n(\[INFO\]\s*\n)*\[INFO\] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0/ : 'invocation 1 did not pass 4 tests'
def first = checks.markers(basedir, 'dblc-it-run1')
assert first*.getProperty('class').sort() == ['AlphaIT', 'BravoIT', 'CharlieIT', 'DeltaIT'] : first
assert (first*.getProperty('pid') as Set).size() == 4 : "reuseForks=false must start a JVM per class: ${first*.getProperty('pid')}"
assert (first*.getProperty('db-lifecycle.worker') as Set) == ['1', '2'] as Set : first
assert (first*.getProperty('db-lifecycle.database') as Set).size() == 2 : first
assert first.every { it.getProperty('app.datasource.url') == it.getProperty('db-lifecycle.url') } : first

// Invocation 2, -Dit.test=BravoIT: one class only, and its summary says so.
assert runs[1].contains('BUILD SUCCESS')
assert runs[1] =~ /Results:\s*\n(\[INFO\]\s*\n)*\[INFO\] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/ : 'it.test did not select one class'
['AlphaIT', 'CharlieIT', 'DeltaIT'].each { assert !runs[1].contains("Running it.dblc.${it}") : "${it} ran in invocation 2" }
def markers = checks.markers(basedir)
assert markers*.getProperty('class') == ['BravoIT']
assert markers[0].getProperty('app.datasource.url') == markers[0].getProperty('db-lifecycle.url')
assert checks.ours(basedir, checks.pgDatabases('itpg6')).isEmpty()
true
