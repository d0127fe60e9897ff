// Three builds: the first writes the reports, the second finds them up to date and does nothing,
// the third is forced and writes them again. All three logs are in build.log, in order.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('salesaudit: wrote report.xlsx, results.json')
def second = log.indexOf('are up to date (inputs unchanged); nothing to do')
def third = log.indexOf('salesaudit: wrote report.xlsx, results.json', second)
assert first >= 0 && second > first && third > second
assert log.count('are up to date') == 1
assert log.count('salesaudit: wrote') == 2
assert log.substring(third).contains('(forced)')
def marker = new File(basedir, 'target/salesaudit/.salesaudit-up-to-date').text
assert marker.contains('acme-sales.xlsx sha256:') : 'the workbook chosen by <workbookFiles> is recorded'
return true
