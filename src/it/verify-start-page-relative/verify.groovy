// A relative start page fails with what is wrong and the token to write, not as "not https".
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   failed   start page and event endpoints on the add-in domain')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:11 Properties/StartPage: the address is relative, and SharePoint resolves no relative address. Found "Default.aspx?{StandardTokens}"; expected an absolute https address, or one that starts with ~remoteAppUrl/ (a page of the remote web application) or ~appWebUrl/ (a page of the add-in web). Fix: write ~remoteAppUrl/Default.aspx?{StandardTokens}, which addin:inject makes https://addin.contoso.com/Default.aspx?{StandardTokens}')
true
