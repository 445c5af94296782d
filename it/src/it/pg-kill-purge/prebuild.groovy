// A real Maven build of victim/, killed with SIGKILL while both test forks hold their clones.
def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.pgDatabases('itkill').isEmpty() : 'leftovers of an earlier run: drop the itkill_* databases'
// A database of a user named exactly like the victim's will be, without our marker: purge must leave it alone.
def app = checks.childApp('victim')
def mvn = checks.startMaven(app, ['verify', '-Dit.prefix=itkill', '-Dit.sleepMillis=300000'])
def startedFiles = { (new File(app, 'target/dblc-child').listFiles() ?: []).findAll { it.name.endsWith('.started') } }
long deadline = System.currentTimeMillis() + 240_000
while (startedFiles().size() < 2) {
    assert mvn.alive : 'the victim build ended before its tests started:\n' + checks.childLog('victim')
    assert System.currentTimeMillis() < deadline : 'the victim tests did not start:\n' + checks.childLog('victim')
    sleep 200
}
def leaked = checks.pgDatabases('itkill')
assert leaked.size() == 3 : "expected template and two clones, got ${leaked}"
assert new File(app, 'target/db-lifecycle/manifest.properties').exists()
def forks = mvn.toHandle().descendants().toList()
assert forks.size() >= 2 : "expected the two test forks, got ${forks}"
mvn.destroyForcibly() // SIGKILL of the Maven JVM: no teardown, no finally block, no shutdown hook
assert mvn.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)
// Orphaned forks notice the dead Maven and exit on their own; CI kills the whole tree anyway.
forks.each { it.destroyForcibly() }
assert checks.pgDatabases('itkill') == leaked : 'the killed build dropped nothing'
// Also a user's database named like a dead build's clone, without our marker: purge must not touch it.
def buildId = (leaked[0] =~ /itkill_([a-z0-9]{8})_/)[0][1]
def userDb = "itkill_${buildId}_9"
def driver = Class.forName('org.postgresql.Driver').getDeclaredConstructor().newInstance()
def props = new Properties(); props.setProperty('user', pgUser)
driver.connect(pgUrl, props).withCloseable { it.createStatement().execute("CREATE DATABASE \"${userDb}\"") }
new File(basedir, 'leaked.txt').text = (leaked + [userDb]).join('\n')
true
