def log = new File(basedir, 'build.log').text
assert log.contains('the generated code needs dev.specgen:specgen-runtime on the compile class path; add it to the project\'s <dependencies>')
assert !log.contains('COMPILATION ERROR')
true
