def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log.contains('broken.sql') && log.contains('line 4') : 'the error does not name the script and line'
assert log.contains('INSERT INTO no_such_table') : 'the error does not show the statement'
assert log.contains('no_such_table') && log.contains('does not exist') : 'the server message is missing'
assert checks.ours(basedir, checks.pgDatabases('itpgerr')).isEmpty()
true
