def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
def leaked = new File(basedir, 'leaked.txt').readLines()
def userDb = leaked.last()
def buildId = (userDb =~ /itkill_([a-z0-9]{8})_/)[0][1]
try {
    assert log.contains("db-lifecycle purge: build ${buildId} is no longer running") : 'purge did not say what it did'
    leaked.findAll { it != userDb }.each { assert log.contains(it) : "purge did not name ${it}" }
    assert log.contains('dropped 3 database(s)')
    assert checks.pgDatabases('itkill') == [userDb] : 'purge left the dead build\'s databases, or dropped the user\'s'
    assert !new File(basedir, 'victim/target/db-lifecycle/manifest.properties').exists() : 'the dead build\'s ' +
            'manifest (it holds the password) is still there'
} finally {
    def driver = Class.forName('org.postgresql.Driver').getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', pgUser)
    driver.connect(pgUrl, props).withCloseable { it.createStatement().execute("DROP DATABASE IF EXISTS \"${userDb}\"") }
}
true
