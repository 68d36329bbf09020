// An add-in domain with a path fails.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appDomain> (-Daddin.appDomain): the add-in domain has a path or \'/\'. Found "addin.contoso.com/orders"; expected a host name such as addin.contoso.com, with :port only when it is not 443, with no path. Fix: use "addin.contoso.com"')
true
