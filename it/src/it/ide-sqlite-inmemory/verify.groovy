// After one 'mvn verify', the Console Launcher runs CloneCheckIT as an IDE does, on in-memory SQLite clones.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def ide = evaluate(new File(itShared, 'console.groovy'))
ide.failsafeUntouched(basedir, checks.log(basedir))
def files = { checks.sqliteFilesLeft(basedir) + ide.runDirs(basedir) }
assert files().isEmpty() : "the build left ${files()}"
def a = ide.classRunOnOwnClone(basedir, 'cls', { [] })
assert a['db-lifecycle.url'].contains('mode=memory') : a
assert files().isEmpty() : "the run left ${files()}"
// Two at once: each builds its own template in its run directory, never the same file.
def two = ['twoA', 'twoB'].collect { run ->
    def f = new File(basedir, "target/console-${run}.log")
    [run, f, ide.start(basedir, run, ['--select-class', 'it.dblc.ide.CloneCheckIT'], f, sysProps: ['ide.holdMillis': 2000])]
}
two.each { run, f, p -> ide.awaitStarted(basedir, run, p, f) }
two.each { run, f, p -> assert p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 : f.text }
assert files().isEmpty() : "the runs left ${files()}"
true
