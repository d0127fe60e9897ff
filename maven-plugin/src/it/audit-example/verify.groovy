// The example workbook gives a readable PDF, XLSX and HTML and a results.json dated by the
// reproducible-build timestamp; the check goal passes and writes its CI reports.
import com.fasterxml.jackson.databind.ObjectMapper
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import java.util.zip.ZipFile

def out = new File(basedir, 'target/salesaudit')
def json = new ObjectMapper()

def pdf = Loader.loadPDF(new File(out, 'report.pdf'))
try {
    def text = new PDFTextStripper().getText(pdf)
    assert text.contains('Sales audit')
    assert text.contains('Quota attainment')
    assert text.contains('cell I734') : 'the data-quality appendix lists the TBD amount of the example'
} finally {
    pdf.close()
}

// The XLSX is read back with POI in the engine's tests; here: a workbook package with its sheets.
new ZipFile(new File(out, 'report.xlsx')).withCloseable { zip ->
    assert zip.getEntry('xl/workbook.xml') != null
    assert zip.entries().toList().count { it.name ==~ /xl\/worksheets\/sheet\d+\.xml/ } >= 4
    // strings are written inline (streaming writer): look for a section title in the sheets themselves
    assert zip.entries().toList().findAll { it.name ==~ /xl\/worksheets\/sheet\d+\.xml/ }
            .any { zip.getInputStream(it).text.contains('Quota attainment') }
}
assert new File(out, 'report.html').text.contains('Sales audit')

def results = json.readTree(new File(out, 'results.json'))
assert results.get('as_of').textValue() == '2026-10-31' : 'the day of project.build.outputTimestamp'
assert results.get('outputs')*.textValue() == ['report.pdf', 'report.xlsx', 'report.html']
def problems = results.get('figures').get('data_quality.problems').intValue()
assert problems > 8 : 'the eight documented dirty cells, plus the business findings'
assert results.get('inputs').get(0).get('file').textValue() == 'acme-sales.xlsx'

def summary = json.readTree(new File(out, 'check-summary.json'))
assert summary.get('passed').booleanValue()
assert summary.get('rules').intValue() == 4
assert summary.get('results')*.get('rule')*.textValue() ==
        ['maxDataProblems', 'maxUnmappedColumns', 'rule audit.win_rate', 'rule data_quality.errors']

// The XML's structure is unit-tested with XPath; here: the suite's counts as CI servers read them.
def junit = new File(out, 'TEST-salesaudit-check.xml').text
assert junit.contains('<testsuite name="salesaudit.check" tests="4" failures="0" errors="0" skipped="0"')
assert junit.count('<testcase ') == 4

def log = new File(basedir, 'build.log').text
assert log.contains('salesaudit: wrote report.pdf, report.xlsx, report.html, results.json')
assert log.contains("salesaudit: passed: maxDataProblems: data_quality.problems is ${problems}, at most 500 as required")
assert log.contains('4 rules: 4 passed, 0 failed, 0 skipped')
return true
