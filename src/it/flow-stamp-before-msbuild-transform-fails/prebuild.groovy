// The registration's dates are relative to the day the IT runs.
dev.addinreg.it.ItDates.define(context.userProperties)
// What MSBuild makes of the stamped checkout, laid where MSBuild writes it (this IT cannot run MSBuild):
// - msbuild Contoso.sln /p:Configuration=Release /p:IsPackaging=true packs the add-in project into
//   Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app: the stamped AppManifest.xml and OrdersPart/Elements.xml (as
//   elements<guid>.xml) among the package's other parts;
// - the web project's publish (FileSystem, PublishUrl=target/msbuild/ContosoWeb) writes the stamped Web.config with
//   Web.Release.config applied, and the pages.
// verify.groovy checks the checkout was stamped into exactly the files the package was made of.
import java.nio.file.Files
import dev.addinreg.apppackage.VisualStudioPackage

def file = { String path -> new File(basedir, path) }
def expected = file('expected')
VisualStudioPackage.writeContosoOrders(file('Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app').toPath(), [
        'AppManifest.xml': new File(expected, 'Contoso/AppManifest.xml').bytes,
        'elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml': new File(expected, 'Contoso/OrdersPart/Elements.xml').bytes])
Files.createDirectories(file('target/msbuild').toPath())
Files.move(file('msbuild/ContosoWeb').toPath(), file('target/msbuild/ContosoWeb').toPath())
// the IT's own reference files leave the checkout, which the plugin searches for the add-in's files
Files.move(expected.toPath(), file('target/expected').toPath())
file('msbuild').delete()
true
