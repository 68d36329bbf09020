// The certificates are made for the day the IT runs, as its dates are.
dev.addinreg.it.ItDates.define(context.userProperties)
dev.addinreg.it.ItCertificates.write(basedir, 'addin', -30, 394)
true
