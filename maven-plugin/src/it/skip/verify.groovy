// -Dsalesaudit.skip: each goal logs once that it skipped, and nothing is written.
// The second invocation runs the help goal, which lists every goal.
def log = new File(basedir, 'build.log').text
assert log.count('salesaudit:audit skipped') == 1
assert log.count('salesaudit:check skipped') == 1
assert !new File(basedir, 'target/salesaudit').exists()
assert log.contains('salesaudit:audit')
assert log.contains('salesaudit:check')
assert log.contains('salesaudit:help')
return true
