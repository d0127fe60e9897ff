// The failed rule is reported (log, JUnit XML, JSON) but the build goes on; the rule on a figure
// this version does not produce is skipped because failOnMissingKey is false.
import com.fasterxml.jackson.databind.ObjectMapper
def figures = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(new File(basedir, 'target/salesaudit/results.json')).get('figures')
def problems = figures.get('data_quality.problems').intValue()


def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] salesaudit: FAILED: maxDataProblems: data_quality.problems is ${problems}, above the maximum 0")
assert log.contains('[WARNING] salesaudit: skipped: rule audit.no_such_figure: results.json has no figure audit.no_such_figure')
assert log.contains('The build goes on: haltOnFailure is false')
assert log.contains('BUILD SUCCESS')

def summary = new ObjectMapper().readTree(new File(basedir, 'target/salesaudit/check-summary.json'))
assert !summary.get('passed').booleanValue()
assert summary.get('failed').intValue() == 1
assert summary.get('skipped').intValue() == 1
return true
