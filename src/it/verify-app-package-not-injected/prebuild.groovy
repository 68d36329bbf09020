// The package as Visual Studio built it, ~remoteAppUrl and ClientId="*" still in it.
dev.addinreg.it.ItDates.define(context.userProperties)
import dev.addinreg.apppackage.VisualStudioPackage

VisualStudioPackage.writeContosoOrders(new File(basedir, 'build/Contoso.Orders.app').toPath(), [:])
true
