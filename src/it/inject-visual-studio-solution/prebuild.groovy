// The registration's dates are relative to the day the IT runs.
dev.addinreg.it.ItDates.define(context.userProperties)
// What one Visual Studio build leaves in the projects: copies of the manifest, the package files and web.config.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
def copy = { String from, String to ->
    def target = new File(basedir, to).toPath()
    Files.createDirectories(target.parent)
    Files.copy(new File(basedir, from).toPath(), target, StandardCopyOption.REPLACE_EXISTING)
}
['bin/Debug', 'obj/Debug', 'pkg/Debug', 'pkgobj/Debug'].each { folder ->
    copy('Contoso/AppManifest.xml', "Contoso/${folder}/AppManifest.xml")
    copy('Contoso/Pages/Elements.xml', "Contoso/${folder}/Pages/Elements.xml")
}
copy('ContosoWeb/Web.config', 'ContosoWeb/bin/Web.config')
true
