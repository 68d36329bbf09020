// An add-in domain with a port out of range fails.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appDomain> (-Daddin.appDomain): the add-in domain has a bad port. Found "addin.contoso.com:70000"; expected a host name such as addin.contoso.com, with :port only when it is not 443; a port is a number from 1 to 65535. Fix: use "addin.contoso.com" for port 443, or "addin.contoso.com:<port>" with the real port')
true
