def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Flakes: 1') : 'the flaky test was not rerun'
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1')
// reversealphabetical: the classes ran Zucchini, Mango, FlakyIT, Apple.
def order = (log =~ /Running it\.dblc\.(\w+)/).collect { it[1] }.unique()
assert order == ['ZucchiniIT', 'MangoIT', 'FlakyIT', 'AppleIT'] : "run order was ${order}"
def left = checks.sqliteFilesLeft(basedir)
assert left.isEmpty() : "SQLite files left behind: ${left}"
true
