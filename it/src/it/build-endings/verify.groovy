def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 7 : "expected 7 invocations, found ${runs.size()}"
// The session's end line; the three drops run concurrently, so their order varies.
def endLine = ~/db-lifecycle: the build ended before teardown; build ([a-z0-9]{8}) dropped (itend[a-z0-9]+_\1_[12t]), (itend[a-z0-9]+_\1_[12t]), (itend[a-z0-9]+_\1_[12t]) in \d+ ms\./
def prepared = { String log, String prefix ->
    def m = log =~ /db-lifecycle prepared 2 clone\(s\) of ${prefix}_([a-z0-9]{8})_t/
    assert m.find() : "${prefix}: prepare did not say what it created"
    m.group(1)
}
def leftovers = { String prefix, boolean mariadb = false ->
    checks.ours(basedir, mariadb ? checks.mysqlDatabases(prefix) : checks.pgDatabases(prefix))
}

// 1: the idiom fails at once, names the parameter and the fix, creates nothing.
def idiom = runs[0]
assert idiom.contains('maven-surefire-plugin <systemPropertyVariables><spring.datasource.url> is ${db-lifecycle.url}') : idiom
assert idiom.contains('<forkProperties><spring.datasource.url>{url}</spring.datasource.url></forkProperties>')
assert !idiom.contains('db-lifecycle prepared') && !(idiom =~ /Running it\.dblc\./)
assert checks.pgDatabases('itend1').isEmpty() : 'the idiom check came after something was created'

// 2, 3, 5, 6: the build ends without the teardown goal; the session's end drops exactly this build's databases,
// in one line before Maven's summary, and the outcome is unchanged.
[[1, 'itend2', 'BUILD SUCCESS', false], [2, 'itend3', 'BUILD FAILURE', false], [4, 'itend5', 'BUILD FAILURE', false],
 [5, 'itend6', 'BUILD FAILURE', true]].each { i, prefix, outcome, mariadb ->
    def log = runs[i]
    def id = prepared(log, prefix)
    def ends = (log =~ endLine).collect { it[1] }
    assert ends == [id] : "${prefix}: expected one session-end teardown line for build ${id}, got ${ends}\n${log}"
    assert log.indexOf('the build ended before teardown') < log.indexOf(outcome) : "${prefix}: not before ${outcome}"
    assert log.contains(outcome)
    assert leftovers(prefix, mariadb).isEmpty() : "${prefix}: left behind: ${leftovers(prefix, mariadb)}"
}
assert runs[2].contains('Tests run: 2, Failures: 2') && runs[2].contains('There are test failures')
assert runs[4].contains('AlwaysFail failed') && !(runs[4] =~ /Running it\.dblc\./) : 'the failing plugin did not stop the build before the tests'

// 4: maven.test.failure.ignore: tests fail, the build passes, the teardown goal drops everything once.
def ignored = runs[3]
def id4 = prepared(ignored, 'itend4')
assert ignored.contains('Tests run: 2, Failures: 2') && ignored.contains('BUILD SUCCESS')
assert (ignored =~ /db-lifecycle dropped itend4_/).count == 1 && !ignored.contains('the build ended before teardown')
assert leftovers('itend4').isEmpty()

// 7: a script error on MariaDB is told once, by db-lifecycle (file, line, server message), not also by the driver.
def bad = runs[6]
assert bad.contains('bad.sql failed at line 3') && bad.contains('errno: 150')
assert !(bad =~ /\[WARNING\] Error: 1005/) : 'the MariaDB driver logged the error itself'
assert bad.contains('Dropped what this build had created')
assert checks.mysqlDatabases('itend7').isEmpty()

// SIGINT to Maven's process group (Ctrl-C) while both forks hold their clones. setsid gives the child Maven a
// process group of its own (bin/mvn execs java, so the process is Maven's JVM and leads the group); its forks join it.
// env --default-signal=INT: a build started in the background of a non-interactive shell inherits SIGINT ignored,
// and the JVM then never sees it.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def settingsFile = new File(basedir.parentFile, 'interpolated-settings.xml').path
def sigLog = new File(basedir, 'sigint.log')
def cmd = ['env', '--default-signal=INT', 'setsid', mvn, '-B', '-s', settingsFile, "-Dmaven.repo.local=${localRepositoryPath}", 'clean', 'test',
           '-Dit.prefix=itendsig', '-Dit.sleepMillis=300000']
new File(basedir, 'target/dblc-endings').deleteDir() // invocation 6's
def process = new ProcessBuilder(cmd*.toString()).directory(basedir).redirectErrorStream(true)
        .redirectOutput(sigLog).start()
// Counted by the child build's id, which only its own log names.
def sigId = null
def sigDatabases = { checks.pgDatabases('itendsig').findAll { it.contains("_${sigId}_") } }
def started = { (new File(basedir, 'target/dblc-endings').listFiles() ?: []).findAll { it.name.endsWith('.started') } }
long deadline = System.currentTimeMillis() + 240_000
try {
    while (started().size() < 2) {
        assert process.alive : 'the build ended before its tests started:\n' + sigLog.text
        assert System.currentTimeMillis() < deadline : 'the tests did not start:\n' + sigLog.text
        sleep 200
    }
    sigId = prepared(sigLog.text, 'itendsig')
    assert sigDatabases().size() == 3 : "expected template and two clones, got ${sigDatabases()}"
    // procps kill reads '-INT -<pgid>' otherwise: -s and -- make the process group explicit.
    def kill = new ProcessBuilder('kill', '-s', 'INT', '--', "-${process.pid()}".toString()).inheritIO().start()
    assert kill.waitFor() == 0
    assert process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) : 'Maven did not exit after SIGINT'
} finally {
    if (process.alive) {
        new ProcessBuilder('kill', '-s', 'KILL', '--', "-${process.pid()}".toString()).start().waitFor()
    }
}
def sig = sigLog.text
assert (sig =~ endLine).collect { it[1] } == [sigId] : "no teardown after SIGINT:\n${sig}"
assert sigDatabases().isEmpty() : "left behind after SIGINT: ${sigDatabases()}"

// purge runs outside any project (a CI server cleaned by hand): here, in a directory without a pom.xml.
def noProject = new File(basedir, 'no-project')
noProject.mkdirs()
def purgeLog = new File(basedir, 'purge.log')
def purge = new ProcessBuilder([mvn, '-B', '-s', settingsFile, "-Dmaven.repo.local=${localRepositoryPath}",
        "io.github.dblifecycle:db-lifecycle-maven-plugin:${dblcVersion}:purge", "-Ddb-lifecycle.url=${pgUrl}",
        "-Ddb-lifecycle.username=${pgUser}", '-Ddb-lifecycle.namePrefix=itendsig']*.toString())
        .directory(noProject).redirectErrorStream(true).redirectOutput(purgeLog).start()
assert purge.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)
assert purgeLog.text.contains('db-lifecycle purge: no leftovers of dead builds under the prefix itendsig') : purgeLog.text
assert purgeLog.text.contains('BUILD SUCCESS') && purge.exitValue() == 0
true
