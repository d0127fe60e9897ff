// The commissions goal writes one statement per rep, the payout register and the manifest for the
// configured month, and says which month in the build log.
def out = new File(basedir, 'target/salesaudit-commissions')
assert new File(out, 'payout-register.xlsx').isFile()
assert new File(out, 'manifest.json').text.contains('finance-2026.xlsx')
assert new File(out, 'statement-R01.pdf').length() > 0
assert out.listFiles().count { it.name ==~ /statement-R\d\d\.pdf/ } == 40

def log = new File(basedir, 'build.log').text
assert log.contains('salesaudit: wrote 40 statements (PDF and XLSX), payout-register.xlsx and manifest.json for 2026-10')
assert log.contains('salesaudit: total pay 234905.70 USD for 2026-10')
return true
