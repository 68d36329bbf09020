// An international add-in domain fails.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appDomain> (-Daddin.appDomain): the add-in domain is an international name. Found "bücher.contoso.com"; expected a host name such as addin.contoso.com, with :port only when it is not 443, in ASCII letters, digits and hyphens. Fix: serve the remote web application from an ASCII host name; SharePoint does not accept international add-in domains')
true
