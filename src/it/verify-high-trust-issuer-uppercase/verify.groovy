// An uppercase IssuerId in the web.config that ships fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:13 appSettings "IssuerId": the issuer ID has uppercase letters. Found "C4B3A2F1-9E8D-4C7B-A6F5-E4D3C2B1A0F9"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (Microsoft\'s documentation says the issuer ID must be lowercase). Fix: use "c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9"')
true
