// An add-in domain with https:// fails; the message shows the host alone.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appDomain> (-Daddin.appDomain): the add-in domain has a scheme. Found "https://addin.contoso.com"; expected a host name such as addin.contoso.com, with :port only when it is not 443, without https://. Fix: use "addin.contoso.com"')
true
