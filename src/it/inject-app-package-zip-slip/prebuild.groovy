// A package built from the Contoso Orders parts plus an entry whose name climbs out of the folder it is unpacked in.
dev.addinreg.it.ItDates.define(context.userProperties)
import dev.addinreg.apppackage.VisualStudioPackage

VisualStudioPackage.writeContosoOrders(new File(basedir, 'build/Contoso.Orders.app').toPath(),
        ['../../evil.xml': '<evil/>'.getBytes('UTF-8')])
true
