def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder') : 'built with -T 2'
assert new File(basedir, 'tasks/target/classes/com/example/tasks/Task.class').isFile()
assert new File(basedir, 'billing/target/classes/com/example/billing/Invoice.class').isFile()
true
