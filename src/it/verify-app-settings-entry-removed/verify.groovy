// A remove after the client secret's entry deletes it: .NET reads no client secret, and verify says which entry deleted it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:8 appSettings "ClientSecret": the entry is deleted by <remove key="clientSecret"/> at src/main/webapp/Web.config:9, so .NET reads no ClientSecret. Expected <add key="ClientSecret" value="..." /> that nothing after it deletes. Fix: remove the <remove key="clientSecret"/>, or run addin:inject, which sets ClientSecret where .NET reads it')
true
