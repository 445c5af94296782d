def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
def records = checks.markers(basedir)
def halted = records.find { it.getProperty('class') == 'AaaHaltIT' }
assert halted : 'the halting test did not run'
def survivors = records.findAll { it.getProperty('class').startsWith('Survivor') }
assert survivors.size() == 4 : "the other forks did not all finish: ${records*.getProperty('class')}"
// The dead JVM's clone was leased again afterwards: the OS released its lock.
assert survivors.any { it.getProperty('worker') == halted.getProperty('worker') &&
        (it.getProperty('time') as long) > (halted.getProperty('time') as long) } : "nobody reused worker ${halted}"
// Reported the way Failsafe reports any crashed fork, and the build failed.
assert log.contains('The forked VM terminated without properly saying goodbye') : 'the crash was not reported'
assert log =~ /Crashed tests:\s+\[ERROR\] it.dblc.crash.AaaHaltIT/
assert log.contains('BUILD FAILURE')
def teardown = log.indexOf('db-lifecycle dropped itcrash_')
assert teardown > 0 && teardown < log.indexOf('maven-failsafe-plugin:3.5.4:verify') : 'teardown did not run first'
assert checks.pgDatabases('itcrash').isEmpty() : 'databases left behind'
true
