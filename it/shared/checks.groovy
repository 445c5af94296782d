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

checks
