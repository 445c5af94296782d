// Builds app/ with -X, the account from <server> itdb whose password is encrypted (mvn --encrypt-password).
def checks = evaluate(new File(itShared, 'checks.groovy'))
assert checks.pgDatabases('itcred').isEmpty() : 'leftovers of an earlier run: drop the itcred_* databases'
def app = checks.childApp('app')
def settings = new File(basedir.parentFile, 'interpolated-settings.xml').text.replace('<profiles>', '''<servers>
    <server>
      <id>itdb</id>
      <username>postgres</username>
      <password>{Y8Q4rSwgPJsHfONryCRlZeMgrfpsu9GJ9T40ZgXbitU=}</password>
    </server>
  </servers>
  <profiles>''')
def settingsFile = new File(basedir, 'settings-with-server.xml')
settingsFile.text = settings
// The fork compares the SHA-256 of db-lifecycle.password with the known password's: decrypted and passed on.
def mvn = checks.startMaven(app, ['-X', 'verify', '-Dit.prefix=itcred', '-Dit.serverId=itdb',
        "-Dsettings.security=${new File(basedir, 'settings-security.xml')}",
        '-Dit.expectedPasswordSha256=823bd6f0e3e8804468f1f2b9194dc539f9febed0769041b3add06bf8b09e3966'],
        settingsFile.path)
assert mvn.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)
assert mvn.exitValue() == 0 : 'the build failed:\n' + checks.childLog('app').readLines().findAll {
    it.startsWith('[ERROR]') || it.contains('db-lifecycle') }.join('\n')
true
