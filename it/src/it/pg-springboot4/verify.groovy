def checks = evaluate(new File(itShared, 'checks.groovy'))
checks.bootOnClones(basedir, checks.pgDatabases('itpgboot'), 'PostgreSQL', 'junit-platform-launcher-6.0.3.jar')

// One Spring Boot test class run as an IDE runs it (db-lifecycle-junit, no Surefire): spring.datasource.* come from
// forkProperties as in a fork, on that JVM's own clone, dropped when it exits.
def ide = evaluate(new File(itShared, 'console.groovy'))
def (code, out) = ide.run(basedir, 'boot', ['--select-class', 'it.dblc.boot.AlphaIT'])
assert code == 0 : out
def bound = (out =~ /db-lifecycle: worker 1 bound to (itpgboot_[a-z0-9]{8}_1) /)
assert bound.find() : out
def record = new Properties(); new File(basedir, 'target/dblc-it/AlphaIT.properties').withInputStream { record.load(it) }
assert record.getProperty('db-lifecycle.database') == bound.group(1) : 'Spring\'s datasource is not the run\'s clone'
assert record.getProperty('product') == 'PostgreSQL'
assert !checks.pgDatabases('itpgboot').contains(bound.group(1)) : 'the clone outlived the JVM'
assert ide.runDirs(basedir).isEmpty() : "run directories left: ${ide.runDirs(basedir)}"
true
