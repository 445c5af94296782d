// Skipped (reported as such, never as passed) unless a real Oracle server is configured.
if (!oracleUrl?.trim()) {
    println 'oracle-failsafe: skipped, no Oracle server configured (-Ddb-lifecycle.it.oracle.url=jdbc:oracle:thin:@//host:port/service)'
    return false
}
return true
