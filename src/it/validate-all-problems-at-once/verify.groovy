// Every problem is listed in one failure.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID has braces. Found "{6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA}"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba, without braces. Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
assertLine(log, '[ERROR]   2. <appDomain> (-Daddin.appDomain): the add-in domain names the default port 443. Found "addin.contoso.com:443"; expected a host name such as addin.contoso.com, with :port only when it is not 443. Fix: use "addin.contoso.com"')
assertLine(log, '[ERROR]   3. <redirectUri> (-Daddin.redirectUri): the redirect URI is relative. Found "/Pages/Default.aspx"; expected an absolute https URI such as https://addin.contoso.com/Pages/Default.aspx. Fix: write the whole URI, starting with https://')
assertLine(log, '[ERROR]   4. <clientSecretExpires> (-Daddin.clientSecretExpires): the end date is not a date. Found "2025-13-01"; expected an ISO date such as 2027-06-30. Fix: write the date as year-month-day')
true
