import groovy.json.JsonSlurper

def reports = new File(basedir, 'target/specgen-diff')
['txt', 'md', 'html', 'json'].each { ext ->
    assert new File(reports, "diff-report.${ext}").isFile() : "diff-report.${ext} was not written"
}

def json = new JsonSlurper().parse(new File(reports, 'diff-report.json'))
// api-schema-added is ignored; response-property-enum-value-removed is raised to WARN.
assert json.summary.total == 9
assert json.summary.WARN == 3
assert json.summary.ERR == 0
assert !json.changes.any { it.id == 'api-schema-added' }
def failRemoved = json.changes.find { it.location == 'response 200 application/json $.state' }
assert failRemoved.id == 'response-property-enum-value-removed'
assert failRemoved.level == 'WARN'
assert failRemoved.operation == 'GET /tasks/{task_id}'
assert failRemoved.javaImpact == 'enum constant DescribeTaskInfoResponseState.FAIL removed'

def html = new File(reports, 'diff-report.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('initail')

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] WARN [response-property-enum-value-added] GET /tasks/{task_id} response 200 application/json $.task_result[*].status')
assert log.contains('Specgen diff: 9 changes (0 ERR, 3 WARN, 6 INFO)')
assert log.contains('failing because a change is at WARN or above')
return true
