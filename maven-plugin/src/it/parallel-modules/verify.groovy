// Both modules were audited and checked by a two-thread build, without a thread-safety warning.
import com.fasterxml.jackson.databind.ObjectMapper
import org.apache.pdfbox.Loader

def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') && log.contains('thread count of 2')
assert !log.contains('threadSafe') && !log.contains('thread-safe')
['north': 'en', 'south': 'pl'].each { module, language ->
    def out = new File(basedir, module + '/target/salesaudit')
    def results = new ObjectMapper().readTree(new File(out, 'results.json'))
    assert results.get('language').textValue() == language
    assert results.get('figures').get('audit.open_deals').intValue() == 178
    Loader.loadPDF(new File(out, 'report.pdf')).close()
    assert new ObjectMapper().readTree(new File(out, 'check-summary.json')).get('passed').booleanValue()
}
return true
