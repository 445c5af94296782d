def checks = evaluate(new File(itShared, 'checks.groovy'))
checks.bootOnClones(basedir, checks.mysqlDatabases('itmyboot'), 'MariaDB', 'junit-platform-launcher-6.0.3.jar')
true
