// An http redirect URI fails; the message shows the https one.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <redirectUri> (-Daddin.redirectUri): the redirect URI uses http. Found "http://addin.contoso.com/Pages/Default.aspx"; expected an absolute https URI such as https://addin.contoso.com/Pages/Default.aspx (SharePoint sends authorization codes only over https). Fix: use "https://addin.contoso.com/Pages/Default.aspx"')
true
