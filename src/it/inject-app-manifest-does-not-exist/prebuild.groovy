// The registration's dates are relative to the day the IT runs.
dev.addinreg.it.ItDates.define(context.userProperties)
true
