// The package Visual Studio would have built (AppManifest.xml first, [Content_Types].xml last, images and the .wsp
// stored, the rest deflated), and its hash, to show afterwards that the input was never modified.
dev.addinreg.it.ItDates.define(context.userProperties)
import dev.addinreg.apppackage.VisualStudioPackage
import dev.addinreg.it.ItPackages

def app = new File(basedir, 'build/Contoso.Orders.app')
VisualStudioPackage.writeContosoOrders(app.toPath(), [:])
new File(basedir, 'build/Contoso.Orders.app.sha256').text = ItPackages.sha256(app)
true
