def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
def warnings = log.readLines().findAll { it.contains('[WARNING]') && it.contains('itpgown_ghost') }
assert warnings.size() == 1 : "expected one warning naming the missing role, got ${warnings}"
assert warnings[0].contains('Skipped 2 ownership and privilege statement(s)')
assert log.contains('dump.sql failed at line 17') : 'keepOwnership: the error does not name the script and line'
assert log.contains('role "itpgown_ghost" does not exist') : 'keepOwnership: the server message is missing'
assert log.contains('(prepare parameter keepOwnership) is on') : 'keepOwnership: the error does not say why'
assert checks.ours(basedir, checks.pgDatabases('itpgown')).isEmpty() : 'databases left behind'
true
