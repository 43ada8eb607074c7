def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'api.yaml').canonicalPath
assert log.contains("[ERROR] ${spec}:23: error: \$ref points to '#/components/schemas/Ownr', which does not exist (at /components/schemas/Task/properties/owner)")
assert log.contains('cannot be used')
assert !new File(basedir, 'target/generated-sources/specgen/com/example/tasks').exists() : 'nothing written'
true
