// After one 'mvn verify' (its embedded server stopped with the build), the Console Launcher runs CloneCheckIT as an
// IDE does: each run starts an embedded PostgreSQL of its own, builds the template there, binds a clone, and stops
// the server at its end.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def ide = evaluate(new File(itShared, 'console.groovy'))
def log = checks.log(basedir)
def cls = ['--select-class', 'it.dblc.ide.CloneCheckIT']
def first = 'seesItsCloneWithTheTemplatesData'
def TIMEOUT = java.util.concurrent.TimeUnit.SECONDS
def dataRoot = new File(basedir, 'target/db-lifecycle-postgresql')
def servers = { (dataRoot.list() ?: []).findAll { it != 'builds' } as List }
def postgresRunning = {
    ProcessHandle.allProcesses().filter { p ->
        p.info().arguments().map { args -> args.any { it.startsWith(dataRoot.path) } }.orElse(false)
    }.count()
}
def port = { String url -> (url =~ /127\.0\.0\.1:([0-9]+)\//)[0][1] as int }
def noServerLeft = { String what ->
    assert postgresRunning() == 0 : "a postgres of ${dataRoot} still runs after ${what}"
    assert servers().isEmpty() : "server directories left after ${what}: ${servers()}"
    assert ide.runDirs(basedir).isEmpty() : "run directories left after ${what}: ${ide.runDirs(basedir)}"
}

ide.failsafeUntouched(basedir, log)
assert log.contains('stopped the embedded PostgreSQL server of build') : 'the build did not stop its server'
def config = new File(basedir, 'target/db-lifecycle-launcher/launcher.properties')
assert config.text.contains('embedded.binaries=') && !config.text.contains('embedded.password')
noServerLeft('the build')

// A class, as the IDE runs it: its own server, the template built there, its own clone; all gone at its end.
def (code, out) = ide.run(basedir, 'cls', cls)
assert code == 0 : out
def a = ide.record(basedir, 'cls', first)
def b = ide.record(basedir, 'cls', 'secondMethod')
assert a && b : out
assert a['db-lifecycle.database'] == b['db-lifecycle.database'] && a.pid == b.pid : 'one JVM, one clone'
assert a.items == '3' && a['app.clone'] == a['db-lifecycle.database']
def buildServer = (log =~ /embedded PostgreSQL 17\.6\.0 started on 127\.0\.0\.1:([0-9]+) /)
assert buildServer.find() : 'the build did not start an embedded server'
assert !(port(a['db-lifecycle.url']) in [buildServer.group(1) as int, 5432]) : 'the clone is not on a server of its own'
assert out.contains("db-lifecycle: worker 1 bound to ${a['db-lifecycle.database']}") : out
noServerLeft('a class run')

// Two runs at once: a server each.
def two = ['twoA', 'twoB'].collect { run ->
    def f = new File(basedir, "target/console-${run}.log")
    [run, f, ide.start(basedir, run, cls, f, sysProps: ['ide.holdMillis': 3000])]
}
two.each { run, f, p -> ide.awaitStarted(basedir, run, p, f) }
// The method that runs first holds; its record is written before it does.
def urls = two.collect { run, f, p -> (ide.record(basedir, run, first) ?: ide.record(basedir, run, 'secondMethod'))['db-lifecycle.url'] }
assert port(urls[0]) != port(urls[1]) : "two runs at once share a server: ${urls}"
assert servers().size() == 2 && postgresRunning() >= 2 : "expected two servers: ${servers()}"
two.each { run, f, p -> assert p.waitFor(120, TIMEOUT) && p.exitValue() == 0 : f.text }
noServerLeft('two runs at once')

// The IDE's stop button (SIGTERM): the shutdown hook stops the server.
def termLog = new File(basedir, 'target/console-term.log')
def term = ide.start(basedir, 'term', cls, termLog, sysProps: ['ide.holdMillis': 600000])
ide.awaitStarted(basedir, 'term', term, termLog)
assert postgresRunning() > 0
term.destroy()
assert term.waitFor(60, TIMEOUT) : termLog.text
noServerLeft('SIGTERM')

// SIGKILL leaves the server running; the next run stops it and removes the killed run's directory.
def killLog = new File(basedir, 'target/console-kill.log')
def kill = ide.start(basedir, 'kill', cls, killLog, sysProps: ['ide.holdMillis': 600000])
ide.awaitStarted(basedir, 'kill', kill, killLog)
kill.destroyForcibly()
assert kill.waitFor(60, TIMEOUT)
assert postgresRunning() > 0 && servers().size() == 1 && ide.runDirs(basedir).size() == 1
(code, out) = ide.run(basedir, 'afterKill', cls)
assert code == 0 : out
noServerLeft('the run after a SIGKILL')

// Killed again: mvn db-lifecycle:purge reclaims the server and the run's directory.
kill = ide.start(basedir, 'kill2', cls, killLog, sysProps: ['ide.holdMillis': 600000])
ide.awaitStarted(basedir, 'kill2', kill, killLog)
kill.destroyForcibly()
assert kill.waitFor(60, TIMEOUT)
def purge = checks.startMaven(basedir, ["io.github.dblifecycle:db-lifecycle-maven-plugin:${dblcVersion}:purge",
        '-Ddb-lifecycle.url=embedded:postgresql'])
assert purge.waitFor(120, TIMEOUT) && purge.exitValue() == 0 : checks.childLog(basedir.name)
noServerLeft('purge')

// The binaries jar the build resolved is gone (a cleaned local repository): the Maven command to run.
def kept = new File(basedir, 'launcher.properties.kept')
def original = config.text
assert config.renameTo(kept)
try {
    config.text = original.replaceAll(/(?m)^embedded\.binaries=.*$/, 'embedded.binaries=/nonexistent/pg-binaries.jar')
    (code, out) = ide.run(basedir, 'nojar', cls)
    assert code != 0 && out.contains('are gone') && out.contains("Run 'mvn verify' once in ") : out
} finally {
    config.delete()
    kept.renameTo(config)
}
noServerLeft('a run without binaries')
true
