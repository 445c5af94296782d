// Checks shared by the ITs' verify.groovy scripts: def checks = evaluate(new File(itShared, 'checks.groovy'))

def checks = [:]

// Names starting with "<prefix>_" (what db-lifecycle created for one IT) that a catalog query lists.
// The drivers are on the script's class path (addTestClassPath), which DriverManager does not search.
def databasesLike = { String driverClass, String url, String user, String sql, String prefix ->
    def names = []
    def driver = Class.forName(driverClass).getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', user)
    driver.connect(url, props).withCloseable { c ->
        def ps = c.prepareStatement(sql)
        ps.setString(1, prefix + '\\_%')
        def rs = ps.executeQuery()
        while (rs.next()) names << rs.getString(1)
    }
    names
}

checks.pgDatabases = { String prefix ->
    databasesLike('org.postgresql.Driver', pgUrl, pgUser,
            'select datname from pg_database where datname like ? order by 1', prefix)
}

checks.mysqlDatabases = { String prefix ->
    databasesLike('org.mariadb.jdbc.Driver', mariadbUrl, myUser,
            'select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME like ? order by 1', prefix)
}

// Oracle users whose names start with "<PREFIX>_"; only called when a server is configured.
checks.oracleUsers = { String prefix ->
    def names = []
    def driver = Class.forName('oracle.jdbc.OracleDriver').getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', oracleUser); props.setProperty('password', oraclePassword)
    driver.connect(oracleUrl, props).withCloseable { c ->
        def ps = c.prepareStatement("select username from dba_users where username like ? escape '\\' order by 1")
        ps.setString(1, prefix + '\\_%')
        def rs = ps.executeQuery()
        while (rs.next()) names << rs.getString(1)
    }
    names
}

// What each test class recorded about its fork (it.dblc.IsolationCheck).
checks.markers = { File projectDir ->
    def dir = new File(projectDir, 'target/dblc-it')
    assert dir.isDirectory() : "no test recorded anything in ${dir}"
    dir.listFiles().findAll { it.name.endsWith('.properties') }.collect { f ->
        def p = new Properties(); f.withInputStream { p.load(it) }; p.setProperty('class', f.name - '.properties'); p
    }
}

checks.log = { File projectDir -> new File(projectDir, 'build.log').text }

// The four IsolationCheck classes ran, on two different workers and two different databases.
checks.twoWorkersFourClasses = { File projectDir ->
    def markers = checks.markers(projectDir)
    assert markers*.getProperty('class').sort() == ['AlphaIT', 'BravoIT', 'CharlieIT', 'DeltaIT'] : markers
    def workers = markers*.getProperty('db-lifecycle.worker') as Set
    def databases = markers*.getProperty('db-lifecycle.database') as Set
    assert workers == ['1', '2'] as Set : "expected workers 1 and 2, got ${workers}"
    assert databases.size() == 2 : "expected two clones, got ${databases}"
    markers
}

// The shared-database control run (invocation 1) failed on isolation, the run on clones passed all four
// IsolationCheck classes on two workers, and nothing is left on the server.
checks.isolationProven = { File projectDir, List<String> leftovers ->
    def log = checks.log(projectDir)
    assert log.contains('the forks share a database') : 'the shared-database control run did not fail on isolation'
    assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the clone run did not pass all 4 tests'
    checks.twoWorkersFourClasses(projectDir)
    assert leftovers.isEmpty() : "databases left behind: ${leftovers}"
    log
}

checks
