// The registrations' dates are relative to the day the IT runs.
dev.addinreg.it.ItDates.define(context.userProperties)
// What MSBuild makes of the checkout, unstamped, laid where MSBuild writes it (this IT cannot run MSBuild):
// - msbuild Contoso.sln /p:Configuration=Release /p:IsPackaging=true packs the add-in project into
//   Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app: AppManifest.xml (ClientId="*", ~remoteAppUrl) and
//   OrdersPart/Elements.xml (as elements<guid>.xml) among the package's other parts;
// - the web project's publish (FileSystem, PublishUrl=target/msbuild/ContosoWeb) writes Web.config with
//   Web.Release.config applied (ClientId and ClientSecret still empty), and the pages.
// The hashes of MSBuild's output and of the checkout, to show afterwards that Maven modified none of them.
import java.nio.file.Files
import dev.addinreg.apppackage.VisualStudioPackage
import dev.addinreg.it.ItPackages

def file = { String path -> new File(basedir, path) }
VisualStudioPackage.writeContosoOrders(file('Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app').toPath(), [
        'AppManifest.xml': file('Contoso/AppManifest.xml').bytes,
        'elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml': file('Contoso/OrdersPart/Elements.xml').bytes])
Files.createDirectories(file('target/msbuild').toPath())
Files.move(file('msbuild/ContosoWeb').toPath(), file('target/msbuild/ContosoWeb').toPath())
file('msbuild').delete()
def inputs = ['Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app', 'target/msbuild/ContosoWeb/Web.config',
              'Contoso/AppManifest.xml', 'Contoso/OrdersPart/Elements.xml', 'ContosoWeb/Web.config']
file('target/inputs.sha256').text = inputs.collect { ItPackages.sha256(file(it)) + '  ' + it }.join('\n') + '\n'
true
