def checks = evaluate(new File(itShared, 'checks.groovy'))
def runs = checks.invocations(basedir)
assert runs.size() == 4 : "expected 4 invocations, found ${runs.size()}"
def (start, first, second, third) = runs

assert start.contains('Dropped the reusable template itfwreuse_tpl_') : 'invocation 1 must leave no template'
assert first.contains('Building the reusable template itfwreuse_tpl_') : 'the first build must build the template'
assert first.contains('Flyway migration(s), schema version 1') : 'the template was not built by Flyway'
assert first.contains('Kept the reusable template itfwreuse_tpl_')
assert second.contains('Reusing the template itfwreuse_tpl_') && !second.contains('Building the reusable template')
assert second.contains('Kept the reusable template itfwreuse_tpl_')
assert third.contains('Reusing the template itfwreuse_tpl_') && !third.contains('Building the reusable template')
assert third.contains('Dropped the reusable template itfwreuse_tpl_')
[first, second, third].each { assert it.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') }
checks.twoWorkersFourClasses(basedir)
def left = checks.ours(basedir, checks.pgDatabases('itfwreuse'))
assert left.isEmpty() : "databases left behind: ${left}"
true
