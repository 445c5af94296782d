// After one 'mvn verify', the JUnit 6.1 Console Launcher runs CloneCheckIT as an IDE does, on MariaDB without reuse.
def checks = evaluate(new File(itShared, 'checks.groovy'))
def ide = evaluate(new File(itShared, 'console.groovy'))
ide.failsafeUntouched(basedir, checks.log(basedir))
assert checks.mysqlDatabases('itidemar').isEmpty() : 'the build left databases'
def a = ide.classRunOnOwnClone(basedir, 'cls', { checks.mysqlDatabases('itidemar') })
// Without reuse the run built its own template (<prefix>_<id>_t) and dropped it with the clone.
assert checks.mysqlDatabases('itidemar').isEmpty() : "left: ${checks.mysqlDatabases('itidemar')}"
true
