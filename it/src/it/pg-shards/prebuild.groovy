// Real child builds of app/ on one PostgreSQL server (see pom.xml); verify.groovy judges their reports and logs.
import java.nio.file.Files
import java.util.concurrent.TimeUnit

def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.pgDatabases('itshard').isEmpty() : 'leftovers of an earlier run: drop the itshard_* databases'

def copyApp = { String name ->
    def from = new File(basedir, 'app').toPath()
    def to = new File(basedir, name).toPath()
    Files.walk(from).withCloseable { paths ->
        paths.each { p ->
            def target = to.resolve(from.relativize(p).toString())
            if (Files.isDirectory(p)) Files.createDirectories(target) else Files.copy(p, target)
        }
    }
    to.toFile()
}
def build = { String name, List args -> checks.startMaven(copyApp(name), ['verify'] + args) }
def await = { List builds ->
    builds.each { assert it.waitFor(300, TimeUnit.SECONDS) : 'a child build hung' }
}

// The whole suite, recording what each class took.
await([build('whole', ['-Dit.forkCount=2', "-Ddb-lifecycle.recordDurations=${basedir}/recorded.properties"])])

// Shards one after another; forkCount=2: Failsafe hands every class to the forks one at a time.
(1..3).each { i -> await([build("seq$i", ['-Dit.forkCount=2', "-Ddb-lifecycle.shard=$i/3"])]) }

// Two shards at once on the same server; forkCount=1: the fork scans the classes itself.
await([build('both1', ['-Ddb-lifecycle.shard=1/3']), build('both2', ['-Ddb-lifecycle.shard=2/3'])])

// BigIT takes as long as the six others together; reuseForks=false: one JVM per class.
new File(basedir, 'durations.properties').text =
        'it.dblc.shard.BigIT=1800\n' + (1..6).collect { "it.dblc.shard.T${it}IT=300" }.join('\n') + '\n'
(1..3).each { i ->
    await([build("dur$i", ['-Dit.reuseForks=false', "-Ddb-lifecycle.shard=$i/3",
                           "-Ddb-lifecycle.durations=${basedir}/durations.properties"])])
}

// -Dit.test selects T1IT only, and the split is cut from what it selects: the one class goes to shard 1, so
// shard 2 runs nothing, and must pass.
await([build('empty', ['-Dit.test=T1IT', '-Ddb-lifecycle.shard=2/3'])])

// A shard that does not exist fails prepare before it creates anything.
await([build('bad', ['-Ddb-lifecycle.shard=4/3'])])
true
