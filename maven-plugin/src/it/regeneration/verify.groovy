def log = new File(basedir, 'build.log').text
def summaries = (log =~ /Specgen com\.example\.tasks: (.*)/).collect { it[1] }
assert summaries.size() == 5 : summaries
assert summaries[0] =~ /Generated 3 types in (\d+) files: \1 written, 0 unchanged, 0 deleted/
assert summaries[1] =~ /up to date/ : 'nothing changed'
assert summaries[2] =~ /up to date/ : 'touched, not changed'
assert summaries[3] =~ /Generated 3 types in \d+ files: 1 written, \d+ unchanged, 0 deleted/ : 'only Owner.java changed'
assert summaries[4] =~ /Generated 2 types in \d+ files: \d+ written, \d+ unchanged, 2 deleted/ : 'Owner and its validator deleted'

def dir = new File(basedir, 'target/generated-sources/specgen/com/example/tasks')
assert !new File(dir, 'Owner.java').exists() : 'a removed schema loses its class'
assert !new File(dir, 'validation/OwnerValidator.java').exists() : 'and its validator'
assert new File(dir, 'Handwritten.java').text.contains('Written by hand') : 'hand-written file kept'
assert new File(basedir, 'target/classes/com/example/tasks/Handwritten.class').isFile()
// The change of one schema rewrote only its file: State.java is older than the change.
def before = new File(basedir, 'target/before-change').lastModified()
assert new File(dir, 'State.java').lastModified() < before : 'unchanged file not rewritten'
true
