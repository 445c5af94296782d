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

// Drops the reusable templates (<prefix>_tpl_<key>, marked "db-lifecycle template") that an IT's reuse builds
// keep on purpose, so the IT leaves nothing on the server; only this IT's prefix.
checks.pgDropTemplates = { String prefix ->
    def driver = Class.forName('org.postgresql.Driver').getDeclaredConstructor().newInstance()
    def props = new Properties(); props.setProperty('user', pgUser)
    driver.connect(pgUrl, props).withCloseable { c ->
        def ps = c.prepareStatement("select datname from pg_database where datname like ? "
                + "and shobj_description(oid, 'pg_database') like 'db-lifecycle template %'")
        ps.setString(1, prefix + '\\_tpl\\_%')
        def names = []
        def rs = ps.executeQuery()
        while (rs.next()) names << rs.getString(1)
        names.each { c.createStatement().execute('DROP DATABASE "' + it + '" WITH (FORCE)') }
        names
    }
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

// The build ids of this project's builds. The last build's come from the data db-lifecycle itself writes
// (target/db-lifecycle-report: prepare's buildId, or the databases a failed prepare's message says it dropped;
// teardown's databases) and from the fork bindings in TEST-*.xml; none found there fails the check, so that it
// never passes by judging nothing. Earlier invocations' builds ('clean' removed their files) are added from build.log.
checks.buildIds = { File projectDir ->
    def ids = [] as Set
    def name = /[a-z][a-z0-9]*_([a-z0-9]{8})_(?:[0-9]+|t)\b/
    def report = new File(projectDir, 'target/db-lifecycle-report')
    ['prepare.properties', 'teardown.properties'].each { f ->
        def file = new File(report, f)
        if (file.isFile()) {
            def p = new Properties(); file.withInputStream { p.load(it) }
            if (p.getProperty('buildId')) ids << p.getProperty('buildId')
            [p.getProperty('message'), p.getProperty('databases')].findAll { it }.each { text ->
                (text =~ name).each { ids << it[1] }
            }
        }
    }
    ['target/failsafe-reports', 'target/surefire-reports'].each { d ->
        (new File(projectDir, d).listFiles() ?: []).findAll { it.name ==~ /TEST-.*\.xml/ }.each { f ->
            (f.text =~ /name="db-lifecycle\.database" value="([^"]*)"/).each { m ->
                (m[1] =~ name).each { ids << it[1] }
            }
        }
    }
    assert !ids.isEmpty() : "no build id in ${report} or the TEST-*.xml reports: cannot tell which databases are this build's"
    (checks.log(projectDir) =~ name).each { ids << it[1] }
    ids
}

// Of these names, those this project's builds created (checks.buildIds). Another build that runs the same IT against
// the same server at the same time (a developer's second checkout) is not ours to judge. Reusable templates
// (<prefix>_tpl_<key>) are shared across builds on purpose, so they always count.
checks.ours = { File projectDir, List<String> names ->
    def ids = checks.buildIds(projectDir)
    names.findAll { String n ->
        def m = n =~ /^[A-Za-z0-9]+_([A-Za-z0-9]{8})_/
        n.toLowerCase().contains('_tpl_') || (m.find() && ids.contains(m.group(1).toLowerCase()))
    }
}

// SQLite files (databases and their db-lifecycle markers) left in target/ or the work directory.
checks.sqliteFilesLeft = { File projectDir ->
    ['target', 'target/db-lifecycle'].collectMany { d ->
        (new File(projectDir, d).listFiles() ?: []).findAll { it.name.endsWith('.db') || it.name.endsWith('.db-lifecycle') }
    }
}

// The build log of each invocation of a project with several (invoker.goals.N), in order.
checks.invocations = { File projectDir ->
    checks.log(projectDir).split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
}

// What each test class recorded about its fork (it.dblc.IsolationCheck), by default in target/dblc-it.
checks.markers = { File projectDir, String path = 'target/dblc-it' ->
    def dir = new File(projectDir, path)
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
checks.isolationProven = { File projectDir, List<String> candidates ->
    def leftovers = checks.ours(projectDir, candidates)
    def log = checks.log(projectDir)
    assert log.contains('the forks share a database') : 'the shared-database control run did not fail on isolation'
    assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the clone run did not pass all 4 tests'
    checks.twoWorkersFourClasses(projectDir)
    assert leftovers.isEmpty() : "databases left behind: ${leftovers}"
    log
}

// --- Child Mavens: ITs that must kill a build, or run two at once, start their own Maven on a copy of
// shared/child-app (configured with -D properties), with the ITs' settings and local repository.

// Copies shared/child-app to basedir/<name> and returns that directory.
checks.childApp = { String name ->
    def from = new File(itShared, 'child-app').toPath()
    def to = new File(basedir, name).toPath()
    java.nio.file.Files.walk(from).withCloseable { paths ->
        paths.each { p ->
            def target = to.resolve(from.relativize(p).toString())
            if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(target)
            else java.nio.file.Files.copy(p, target)
        }
    }
    to.toFile()
}

// Starts 'mvn -B <args>' in projectDir (output to projectDir/../<name>.log) and returns the Process. bin/mvn execs
// java, so the process is the Maven JVM itself and destroyForcibly() is a SIGKILL of Maven.
checks.startMaven = { File projectDir, List args, String settings = null ->
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def settingsFile = settings ?: new File(basedir.parentFile, 'interpolated-settings.xml').path
    def cmd = [mvn, '-B', '-s', settingsFile, "-Dmaven.repo.local=${localRepositoryPath}",
               "-Ddblc.version=${dblcVersion}", "-Dit.pg.url=${pgUrl}", "-Dit.pg.user=${pgUser}"] + args
    new ProcessBuilder(cmd*.toString()).directory(projectDir).redirectErrorStream(true)
            .redirectOutput(new File(basedir, projectDir.name + '.log')).start()
}

checks.childLog = { String name -> new File(basedir, name + '.log').text }

// What each test class of a child app recorded (worker, database, start, end).
checks.childRecords = { File appDir ->
    def dir = new File(appDir, 'target/dblc-child')
    (dir.listFiles() ?: []).findAll { it.name.endsWith('.properties') }.collect { f ->
        def p = new Properties(); f.withInputStream { p.load(it) }; p.setProperty('class', f.name - '.properties'); p
    }
}

// Every file under dir whose bytes contain the text (e.g. a password that must be nowhere).
checks.filesContaining = { File dir, String text ->
    def hits = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f -> if (new String(f.bytes, 'ISO-8859-1').contains(text)) hits << f }
    hits
}


// The junit-platform-launcher jar(s) the forks loaded LauncherFactory from, as the test classes recorded them
// (file names, e.g. junit-platform-launcher-6.0.3.jar).
checks.forkLaunchers = { File projectDir ->
    checks.markers(projectDir).collect { it.getProperty('launcher') }.findAll { it }
            .collect { it.replaceAll(/.*\//, '') } as Set
}

// The Spring Boot app (shared/springboot-app) passed its four classes on two forks, each on its own db-lifecycle
// clone of the given server, with the launcher db-lifecycle supplied; nothing is left on the server.
checks.bootOnClones = { File projectDir, List<String> candidates, String product, String launcherJar ->
    def log = checks.log(projectDir)
    assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the Spring Boot suite did not pass 4 tests'
    def markers = checks.twoWorkersFourClasses(projectDir)
    assert (markers*.getProperty('product') as Set) == [product] as Set : markers
    assert checks.forkLaunchers(projectDir) == [launcherJar] as Set : "forks loaded ${checks.forkLaunchers(projectDir)}"
    assert log.contains('db-lifecycle: the project declares no junit-platform-launcher') : 'the supplied launcher was not reported'
    def leftovers = checks.ours(projectDir, candidates)
    assert leftovers.isEmpty() : "databases left behind: ${leftovers}"
    log
}

checks
