// verify site: the registration page is a page of the site, in its skin, listed under Project Reports.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def p = context.userProperties
def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Generating "Add-in registration" report  --- addin-registration-maven-plugin:' + projectVersion + ':report')
assertLine(log, '[INFO] Registration page target/site/addin-registration.html from target/addin/registration-report.json')
def site = new File(basedir, 'target/site')
def page = new File(site, 'addin-registration.html').getText('UTF-8')
assert !page.contains(canarySecret)

// in the skin, with the site's menu: the page under Project Reports, active
assert page.contains('<title>Add-in registration 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba \u2013 Contoso Orders</title>')
assert page.contains('<link rel="stylesheet" href="./css/apache-maven-fluido-2.0.0-M9.min.css" />')
assert page.contains('   <li class="nav-header">Project Documentation</li>\n'
        + '    <li><a href="project-reports.html"><span class="icon-chevron-down"></span>Project Reports</a>\n'
        + '     <ul class="nav nav-list">\n'
        + '      <li class="active"><a>Add-in registration</a></li>\n'
        + '     </ul></li>\n')

// the content the report gave the site's sink
assert page.contains('<main id="bodyColumn" class="span10">\n<section>\n<h1>SharePoint Add-in registration</h1>\n'
        + '<p id="result" class="result result-passed" style="font-weight: bold; color: #1b5e20">Verification passed on '
        + day(p, 0) + ' (execution <code>default</code>)</p><section>\n<h2>Registration</h2>\n<dl>\n'
        + '<dt>Client ID</dt>\n<dd id="client-id"><code>6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</code></dd>\n')
assert page.contains('<tr class="b secret state-valid">\n<td>ClientSecret</td>\n<td><code>sha256:143c5ada</code></td>\n'
        + '<td>environment variable ADDIN_CLIENT_SECRET</td>\n<td><em>not recorded</em></td>\n<td>' + day(p, 394) + '</td>\n'
        + '<td>394</td>\n<td>valid</td></tr></table>')
assert page.contains('>valid, ends ' + day(p, 394) + ' (394 days left)</text>')

// the site's overview of its reports lists it, with its description
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('<tr class="b">\n<td><a href="addin-registration.html">Add-in registration</a></td>\n'
        + '<td>The SharePoint Add-in registration: client ID, domain, the secrets\' end dates and the checks of addin:verify.</td></tr>')
true
