assert new File(basedir, 'build.log').text.contains('Specgen: skipped')
assert !new File(basedir, 'target/generated-sources/specgen').exists()
true
