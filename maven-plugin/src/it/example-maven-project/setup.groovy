// Copies examples/maven-project (its pom.xml and data/, not an earlier target/) into example/.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def source = new File(examplesDirectory, 'maven-project').toPath()
def target = new File(basedir, 'example').toPath()
Files.walk(source).withCloseable { paths ->
    paths.filter { !source.relativize(it).toString().startsWith('target') }.each { p ->
        def dest = target.resolve(source.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(dest)
        } else {
            Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
