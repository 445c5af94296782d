// The embedded server started, both forks ran on their own clones of it, and the build's end stopped it:
// no postgres of this project's data directory runs, and its directory is gone.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log =~ /embedded PostgreSQL 17\.6\.0 started on 127\.0\.0\.1:[0-9]+ / : 'the embedded server did not start'
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the forks did not pass all 4 tests'
checks.twoWorkersFourClasses(basedir)
assert log.contains('db-lifecycle dropped itemb_') : 'teardown did not drop the clones'
assert log.contains('stopped the embedded PostgreSQL server of build') : 'the server was not stopped'
def dataRoot = new File(basedir, 'target/db-lifecycle-postgresql')
def left = dataRoot.exists() ? dataRoot.list().findAll { it != 'builds' } : []
assert left.isEmpty() : "server directories left: ${left}"
def running = ProcessHandle.allProcesses().filter { p ->
    p.info().arguments().map { args -> args.any { it.startsWith(dataRoot.path) } }.orElse(false)
}.count()
assert running == 0 : "a postgres of ${dataRoot} still runs"
assert !new File(basedir, 'target/db-lifecycle/embedded-postgresql.properties').exists()
true
