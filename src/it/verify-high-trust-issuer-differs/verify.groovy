// An IssuerId other than the configured one fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:13 appSettings "IssuerId": the issuer ID differs from the configured one. Found "99999999-2222-4333-8444-555555555555"; expected "c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9", the configured issuerId. Fix: run addin:inject with this registration, or correct issuerId')
true
