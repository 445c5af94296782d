// Test runs as an IDE starts them: the JUnit Platform Console Launcher in a child JVM, the project's test class path
// (target/ide-classpath.txt, written by the project's dependency:build-classpath, with test-classes and classes in
// front), the project directory as working directory, a class or a method selected. No Maven, no Surefire.
// def ide = evaluate(new File(itShared, 'console.groovy'))

def ide = [:]

ide.consoleJar = { File projectDir ->
    def jars = new File(projectDir, 'target/console').listFiles()?.findAll { it.name.endsWith('.jar') }
    assert jars && jars.size() == 1 : "expected one console-standalone jar in ${projectDir}/target/console: ${jars}"
    jars[0]
}

// The test class path; without db-lifecycle-junit when withListener is false (the baseline of the benchmark).
ide.classPath = { File projectDir, boolean withListener = true ->
    def deps = new File(projectDir, 'target/ide-classpath.txt').text.trim().split(File.pathSeparator) as List
    if (!withListener) deps = deps.findAll { !it.contains('db-lifecycle-junit') }
    ([new File(projectDir, 'target/test-classes').path, new File(projectDir, 'target/classes').path] + deps)
            .join(File.pathSeparator)
}

// Starts the Console Launcher; output (both streams) to out. selectors e.g. ['--select-class', 'a.B'].
ide.start = { Map opts, File projectDir, String run, List<String> selectors, File out ->
    def java = new File(System.getProperty('java.home'), 'bin/java').path
    def cp = ide.classPath(projectDir, opts.get('listener', true)) + File.pathSeparator + ide.consoleJar(projectDir).path
    def cmd = [java, '-cp', cp, "-Dide.run=${run}"] + (opts.get('sysProps', [:]).collect { k, v -> "-D${k}=${v}" }) +
            ['org.junit.platform.console.ConsoleLauncher', 'execute', '--disable-banner', '--disable-ansi-colors'] +
            selectors
    def pb = new ProcessBuilder(cmd*.toString()).directory(projectDir).redirectErrorStream(true).redirectOutput(out)
    pb.environment().remove('DB_LIFECYCLE_PASSWORD')
    pb.environment().putAll(opts.get('env', [:]))
    pb.start()
}

// Runs it to the end and returns [exitCode, output].
ide.run = { Map opts = [:], File projectDir, String run, List<String> selectors ->
    def out = new File(projectDir, "target/console-${run}.log")
    def p = ide.start(opts, projectDir, run, selectors, out)
    assert p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS) : "console run ${run} did not end:\n${out.text}"
    [p.exitValue(), out.text]
}

// What a CloneCheckIT method recorded in that run, or null.
ide.record = { File projectDir, String run, String method ->
    def f = new File(projectDir, "target/ide-records/${run}-${method}.properties")
    if (!f.isFile()) return null
    def p = new Properties(); f.withInputStream { p.load(it) }; p
}

// Waits for a holding run (ide.holdMillis) to have started its test; returns the database it holds.
ide.awaitStarted = { File projectDir, String run, Process p, File out ->
    def started = new File(projectDir, "target/ide-records/${run}.started")
    long deadline = System.currentTimeMillis() + 120_000
    while (!started.exists()) {
        assert p.alive : "run ${run} ended before its test started:\n${out.text}"
        assert System.currentTimeMillis() < deadline : "run ${run} did not start its test:\n${out.text}"
        sleep 100
    }
    sleep 100 // written, not only created
    started.text.trim()
}

// The build id of a clone name <prefix>_<id>_<n>.
ide.buildId = { String database -> (database =~ /^[a-z][a-z0-9]*_([a-z0-9]{8})_[0-9]+$/)[0][1] }

// The run directories IDE runs keep while they live.
ide.runDirs = { File projectDir ->
    (new File(projectDir, 'target/db-lifecycle-launcher/runs').listFiles() ?: []) as List
}

// A class run as the IDE runs it passed on a clone of its own (not Failsafe's), with the template's rows and the
// forkProperties set, bound once; afterwards databasesNow() no longer lists it. Returns the record.
ide.classRunOnOwnClone = { Map opts = [:], File projectDir, String run, Closure databasesNow ->
    def (code, out) = ide.run(opts, projectDir, run, ['--select-class', 'it.dblc.ide.CloneCheckIT'])
    assert code == 0 : out
    def a = ide.record(projectDir, run, 'seesItsCloneWithTheTemplatesData')
    def b = ide.record(projectDir, run, 'secondMethod')
    assert a && b : out
    assert a['db-lifecycle.database'] == b['db-lifecycle.database'] && a.pid == b.pid : 'one JVM, one clone'
    def fs = ide.record(projectDir, 'failsafe', 'seesItsCloneWithTheTemplatesData')
    assert fs && a['db-lifecycle.database'] != fs['db-lifecycle.database'] : 'the IDE run is on the build\'s clone'
    assert a['app.clone'] == a['db-lifecycle.database'] : 'forkProperties are not set as in a fork'
    assert a.items == '3'
    assert out.contains("db-lifecycle: worker 1 bound to ${a['db-lifecycle.database']}") : out
    assert out.count(' bound to ') == 1 : 'bound more than once:\n' + out
    assert !databasesNow().contains(a['db-lifecycle.database']) : 'the clone outlived the JVM'
    assert ide.runDirs(projectDir).isEmpty() : "run directories left: ${ide.runDirs(projectDir)}"
    a
}

// Under Failsafe with the provider the listener changed nothing: the fork is on the clone prepare logged, and no
// run directory of the listener's exists.
ide.failsafeUntouched = { File projectDir, String log ->
    assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the Failsafe run did not pass'
    def fs = ide.record(projectDir, 'failsafe', 'seesItsCloneWithTheTemplatesData')
    assert fs : 'CloneCheckIT did not run under Failsafe'
    assert log.contains("Clone 1/1 ${fs['db-lifecycle.database']} created") : 'the fork is not on the build\'s own clone'
    assert fs['app.clone'] == fs['db-lifecycle.database']
    assert ide.runDirs(projectDir).isEmpty() : 'the listener took a clone of its own in a Failsafe fork'
    assert new File(projectDir, 'target/db-lifecycle-launcher/launcher.properties').isFile() : 'prepare recorded nothing'
    fs
}

ide
