import groovy.json.JsonSlurper

def reports = new File(basedir, 'target/specgen-diff')
def extracted = new File(reports, 'baseline/specs/cs-describe-task-info.yaml')
assert extracted.isFile() : 'the baseline spec was not extracted from the artifact'
assert extracted.text.contains('initail')

def json = new JsonSlurper().parse(new File(reports, 'diff-report.json'))
assert json.summary.total == 13
assert json.summary.ERR == 0
assert json.summary.WARN == 1
assert json.changes.collect { it.id }.count { it == 'response-optional-property-added' } == 6
assert json.changes.any { it.id == 'response-property-enum-value-removed' && it.message.contains("'fail'") }
assert json.changes.any { it.id == 'response-property-enum-value-removed' && it.message.contains("'initail'") }
assert json.changes.any { it.id == 'response-property-enum-value-added' && it.message.contains("'initial'") }

def log = new File(basedir, 'build.log').text
assert log.contains('Specgen diff: 13 changes (0 ERR, 1 WARN, 12 INFO)')
return true
