def checks = evaluate(new File(itShared, 'checks.groovy'))
def log = checks.log(basedir)
def count = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }

assert count('Building the reusable template itfwreuse_tpl_') == 1 : 'the template must be built by the first build only'
assert count('Reusing the template itfwreuse_tpl_') == 2 : 'the second and third builds must reuse the template'
assert log.contains('Flyway migration(s), schema version 1') : 'the template was not built by Flyway'
assert count('Kept the reusable template itfwreuse_tpl_') == 2
assert count('Dropped the reusable template itfwreuse_tpl_') == 1
assert count('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') >= 3 : 'each of the three builds must pass all 4 tests'
checks.twoWorkersFourClasses(basedir)
def left = checks.pgDatabases('itfwreuse')
assert left.isEmpty() : "databases left behind: ${left}"
true
