// A workbook that cannot be read fails the build with a message naming the file; nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('salesaudit: the input data cannot be used:')
assert log.contains('broken.xlsx: expected an Excel workbook (.xlsx, .xlsm or .xls)')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/salesaudit/results.json').exists()
return true
