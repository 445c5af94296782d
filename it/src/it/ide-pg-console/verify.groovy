// After one 'mvn verify' (Failsafe with the provider), the Console Launcher runs CloneCheckIT as an IDE does.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def ide = evaluate(new File(itShared, 'console.groovy'))
def log = checks.log(basedir)
def env = [DB_LIFECYCLE_PASSWORD: 'itIdeSecret42']
def cls = ['--select-class', 'it.dblc.ide.CloneCheckIT']
def first = 'seesItsCloneWithTheTemplatesData'
def clones = { checks.pgDatabases('itide').findAll { !it.contains('_tpl_') } }
def TIMEOUT = java.util.concurrent.TimeUnit.SECONDS

ide.failsafeUntouched(basedir, log)
assert checks.filesContaining(new File(basedir, 'target'), 'itIdeSecret42').isEmpty() : 'the password is in a file'
assert clones().isEmpty() : "the build left ${clones()}"

// A class, as the IDE runs it: its own clone of the kept template, forkProperties set, dropped when the JVM exits.
ide.classRunOnOwnClone(basedir, 'cls', { checks.pgDatabases('itide') }, env: env)
assert clones().isEmpty()

// One method selected.
def (code, out) = ide.run(basedir, 'method', ['--select-method', 'it.dblc.ide.CloneCheckIT#secondMethod'], env: env)
assert code == 0 : out
assert ide.record(basedir, 'method', 'secondMethod') && !ide.record(basedir, 'method', first) : out
assert clones().isEmpty() && ide.runDirs(basedir).isEmpty()

// Two runs at once: a clone each.
def two = ['twoA', 'twoB'].collect { run ->
    def f = new File(basedir, "target/console-${run}.log")
    [run, f, ide.start(basedir, run, cls, f, env: env, sysProps: ['ide.holdMillis': 3000])]
}
def held = two.collect { run, f, p -> ide.awaitStarted(basedir, run, p, f) }
assert held[0] != held[1] : "two runs at once share ${held[0]}"
assert checks.pgDatabases('itide').containsAll(held)
two.each { run, f, p -> assert p.waitFor(120, TIMEOUT) && p.exitValue() == 0 : f.text }
assert clones().isEmpty() && ide.runDirs(basedir).isEmpty()

// An IDE run beside a 'mvn verify' of the same project: each keeps its own; then the IDE's stop button (SIGTERM).
def termLog = new File(basedir, 'target/console-term.log')
def term = ide.start(basedir, 'term', cls, termLog, env: env, sysProps: ['ide.holdMillis': 600000])
def termDb = ide.awaitStarted(basedir, 'term', term, termLog)
def mvn = checks.startMaven(basedir, ['verify'])
assert mvn.waitFor(300, TIMEOUT) && mvn.exitValue() == 0 : checks.childLog(basedir.name)
def beside = ide.record(basedir, 'failsafe', first)['db-lifecycle.database']
assert beside != termDb && ide.buildId(beside) != ide.buildId(termDb)
assert checks.pgDatabases('itide').contains(termDb) : 'mvn verify dropped the IDE run\'s clone'
term.destroy() // SIGTERM
assert term.waitFor(60, TIMEOUT) : termLog.text
assert !checks.pgDatabases('itide').contains(termDb) : 'SIGTERM left the clone: ' + termLog.text
assert clones().isEmpty() && ide.runDirs(basedir).isEmpty()

// SIGKILL leaves the clone; purge reclaims it and the run's directory (its manifest holds the password).
def killLog = new File(basedir, 'target/console-kill.log')
def kill = ide.start(basedir, 'kill', cls, killLog, env: env, sysProps: ['ide.holdMillis': 600000])
def killDb = ide.awaitStarted(basedir, 'kill', kill, killLog)
kill.destroyForcibly()
assert kill.waitFor(60, TIMEOUT)
assert checks.pgDatabases('itide').contains(killDb) && ide.runDirs(basedir).size() == 1
def purge = checks.startMaven(basedir, ["io.github.dblifecycle:db-lifecycle-maven-plugin:${dblcVersion}:purge"])
assert purge.waitFor(120, TIMEOUT) && purge.exitValue() == 0 : checks.childLog(basedir.name)
assert !checks.pgDatabases('itide').contains(killDb) : 'purge left the killed run\'s clone'
assert ide.runDirs(basedir).isEmpty() : 'purge left the killed run\'s directory'

// Without the password: a message naming the variable, and nothing created.
(code, out) = ide.run(basedir, 'nopw', cls)
assert code != 0 && out.contains('DB_LIFECYCLE_PASSWORD') : out
assert !out.contains('itIdeSecret42')

// No build recorded yet (a fresh checkout): the one Maven command to run.
def config = new File(basedir, 'target/db-lifecycle-launcher/launcher.properties')
def kept = new File(basedir, 'launcher.properties.kept')
assert config.renameTo(kept)
try {
    (code, out) = ide.run(basedir, 'fresh', cls, env: env)
    assert code != 0 && out.contains("Run 'mvn verify' once in ${basedir.canonicalPath}") : out
} finally {
    kept.renameTo(config)
}
assert clones().isEmpty()
// The reuse builds and runs keep their template on purpose; the IT leaves nothing.
assert !checks.pgDropTemplates('itide').isEmpty() : 'the reuse builds kept no template'
assert checks.pgDatabases('itide').isEmpty()
true
