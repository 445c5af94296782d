def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.log(basedir).contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
def markers = checks.twoWorkersFourClasses(basedir)
assert markers.every { it.getProperty('db-lifecycle.url').startsWith('jdbc:sqlite:') }
def left = checks.sqliteFilesLeft(basedir)
assert left.isEmpty() : "SQLite files left behind: ${left}"
true
