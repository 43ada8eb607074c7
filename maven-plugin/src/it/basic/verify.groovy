// First build: sources generated into the default directory and compiled.
def generated = new File(basedir, 'target/generated-sources/specgen/com/example/tasks')
assert new File(generated, 'Task.java').isFile()
assert new File(generated, 'State.java').isFile()
assert new File(generated, 'Owner.java').isFile()
assert new File(generated, 'TasksClient.java').isFile()
assert new File(generated, 'validation/TaskValidator.java').isFile()
assert new File(basedir, 'target/classes/com/example/tasks/Task.class').isFile()

// Second build: nothing to do.
def log = new File(basedir, 'build.log').text
// models, validators, the client and its usage page: every file written once
assert log =~ /Specgen com\.example\.tasks: Generated 3 types in (\d+) files: \1 written, 0 unchanged, 0 deleted/
assert log =~ /Specgen com\.example\.tasks: up to date \(\d+ ms\)/
true
