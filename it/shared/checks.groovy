// Checks shared by the ITs' verify.groovy scripts: def checks = evaluate(new File(itShared, 'checks.groovy'))

def checks = [:]

// PostgreSQL databases whose names start with "<prefix>_" (what db-lifecycle created for that IT).
checks.pgDatabases = { String prefix ->
    def names = []
    // The driver is on the script's class path (addTestClassPath), which DriverManager does not search.
    def driver = Class.forName('org.postgresql.Driver').getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', pgUser)
    driver.connect(pgUrl, props).withCloseable { c ->
        def ps = c.prepareStatement("select datname from pg_database where datname like ? order by 1")
        ps.setString(1, prefix + '\\_%')
        def rs = ps.executeQuery()
        while (rs.next()) names << rs.getString(1)
    }
    names
}

// MySQL/MariaDB databases whose names start with "<prefix>_".
checks.mysqlDatabases = { String prefix ->
    def names = []
    def driver = Class.forName('org.mariadb.jdbc.Driver').getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', myUser)
    driver.connect(mariadbUrl, props).withCloseable { c ->
        def ps = c.prepareStatement("select SCHEMA_NAME from information_schema.SCHEMATA where SCHEMA_NAME like ? order by 1")
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

checks
