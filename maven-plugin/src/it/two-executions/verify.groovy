def root = new File(basedir, 'target/generated-sources/specgen')
assert new File(root, 'com/example/tasks/Task.java').isFile()
assert new File(root, 'com/example/billing/Invoice.java').isFile()
assert new File(basedir, 'target/classes/com/example/tasks/Task.class').isFile()
assert new File(basedir, 'target/classes/com/example/billing/Invoice.class').isFile()
def log = new File(basedir, 'build.log').text
// The second build finds both up to date: neither execution deleted the other's files.
assert (log =~ /Specgen com\.example\.tasks: up to date/).count == 1
assert (log =~ /Specgen com\.example\.billing: up to date/).count == 1
true
