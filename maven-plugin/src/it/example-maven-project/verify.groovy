// examples/maven-project, built as a user would: it names this version of the plugin, keeps its data
// in sync with the example workbook, writes the reports and passes its data gate.
import com.fasterxml.jackson.databind.ObjectMapper
import java.security.MessageDigest
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper

def example = new File(basedir, 'example')
assert new File(example, 'pom.xml').text.contains("<version>${projectVersion}</version>") :
        "examples/maven-project/pom.xml must name the plugin version ${projectVersion}"

def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
assert sha(new File(example, 'data/acme-sales.xlsx')) == sha(new File(examplesDirectory, 'acme-sales.xlsx')) :
        'examples/maven-project/data/acme-sales.xlsx must be a copy of examples/acme-sales.xlsx'

def out = new File(example, 'target/salesaudit')
def pdf = Loader.loadPDF(new File(out, 'report.pdf'))
try {
    assert new PDFTextStripper().getText(pdf).contains('Sales audit')
} finally {
    pdf.close()
}
assert new File(out, 'report.xlsx').isFile()
def json = new ObjectMapper()
assert json.readTree(new File(out, 'results.json')).get('figures').get('audit.open_deals').intValue() == 178
assert json.readTree(new File(out, 'check-summary.json')).get('passed').booleanValue()
assert new File(basedir, 'build.log').text.contains('3 rules: 3 passed, 0 failed, 0 skipped')
return true
