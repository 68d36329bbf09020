// The link cannot be kept in src/it (the invoker copies what it points to): made here, to a file outside the project.
dev.addinreg.it.ItDates.define(context.userProperties)
import java.nio.file.Files

def outside = new File(basedir.parentFile, 'inject-symlink-outside-project.outside/Elements.xml')
outside.parentFile.mkdirs()
outside.text = '<Elements xmlns="http://schemas.microsoft.com/sharepoint/"><Module Url="~remoteAppUrl/not-the-project" /></Elements>\n'
def link = new File(basedir, 'src/main/sharepoint/SharedPart/Elements.xml')
link.parentFile.mkdirs()
link.delete()
Files.createSymbolicLink(link.toPath(), outside.toPath())
true
