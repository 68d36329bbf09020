// A Maven version whose third part is above 9999: validate fails naming the part.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <addinVersion> (-Daddin.addinVersion): the third part of the add-in version is above 9999. Found "1.4.10000-SNAPSHOT"; expected four parts of 0 to 9999 such as 1.4.2.0 (the VersionDefinition of appmanifest.xsd allows one to four digits in each part), or a Maven version such as 1.4.2-SNAPSHOT or 1.4. Fix: use 9999 or less in the third part and raise the second part instead (1.5.0.0 is higher than 1.4.9999.0); never cut or wrap the number: a lower version gets no upgrade in SharePoint')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
true
