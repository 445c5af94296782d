def checks = evaluate(new File(itShared, 'checks.groovy'))
checks.isolationProven(basedir, checks.pgDatabases('itpg5'))
true
