// Two real builds at once against one server, with the same prefix: each prepare also purges dead builds, so
// this proves it never takes the other (live) build for a dead one.
def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.pgDatabases('itconc').isEmpty() : 'leftovers of an earlier run: drop the itconc_* databases'
def builds = ['a', 'b'].collect { name ->
    checks.startMaven(checks.childApp(name), ['verify', '-Dit.prefix=itconc', '-Dit.sleepMillis=4000'])
}
builds.each { assert it.waitFor(300, java.util.concurrent.TimeUnit.SECONDS) : 'a child build hung' }
['a', 'b'].eachWithIndex { name, i ->
    assert builds[i].exitValue() == 0 : "build ${name} failed:\n" + checks.childLog(name)
}
true
