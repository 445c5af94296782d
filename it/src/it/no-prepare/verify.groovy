def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
assert log.contains('No db-lifecycle manifest at') : 'the missing manifest is not named'
assert log.contains('db-lifecycle:prepare') : 'the fix is not given'
assert !log.contains('BUILD SUCCESS')
true
