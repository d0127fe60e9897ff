// The build failed because of the rule, and says which rule, which figure and which value.
def figures = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(new File(basedir, 'target/salesaudit/results.json')).get('figures')
def problems = figures.get('data_quality.problems').intValue()

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] salesaudit: FAILED: maxDataProblems: data_quality.problems is ${problems}, above the maximum 0")
assert log.contains('salesaudit: passed: rule audit.win_rate: audit.win_rate is ')
assert log =~ /audit\.win_rate is 0\.\d{6}, at least 0\.1 as required/
assert log.contains('data check failed, 2 rules: 1 passed, 1 failed, 0 skipped')
assert log.contains('BUILD FAILURE')

def junit = new File(basedir, 'target/salesaudit/TEST-salesaudit-check.xml').text
assert junit.contains('tests="2" failures="1"')
assert junit.contains("<failure type=\"salesaudit.rule\" message=\"maxDataProblems: data_quality.problems is ${problems}, above the maximum 0\">")
return true
