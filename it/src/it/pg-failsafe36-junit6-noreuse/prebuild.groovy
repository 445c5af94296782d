// Invocation 1 records its classes outside target/ (invocation 2's clean would remove them): start without any.
new File(basedir, 'dblc-it-run1').deleteDir()
true
