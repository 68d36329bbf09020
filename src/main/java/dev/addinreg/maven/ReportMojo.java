package dev.addinreg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import dev.addinreg.files.ProjectFiles;
import dev.addinreg.verify.RegistrationReport;
import dev.addinreg.verify.ReportData;

/**
 * The registration page of the project's site: the client ID, domain and redirect URI, each secret's
 * fingerprint, start and end date and days left drawn as a timeline, and every check of {@code addin:verify}
 * with its outcome, failed ones first. Use it in {@code <reporting>} after a build that ran {@code addin:verify}
 * ({@code mvn verify site}): the page is in the site's skin, under "Project Reports". Run alone
 * ({@code mvn verify addin:report}), it renders the same page in the skin into {@code target/reports}.
 *
 * <p>It reads the {@code registration-report.json} that {@code addin:verify} wrote and runs no check of its own:
 * the page shows what the build found, and this goal never reads a secret.</p>
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    /** The page's default name in the site, without {@code .html}. */
    static final String PAGE = "addin-registration";

    /**
     * The report {@code addin:verify} wrote: {@code registration-report.json} in its {@code outputDirectory}.
     * With several registrations (one execution each), use one report set per registration, each with its own
     * {@code registrationReport} and {@code pageName}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REGISTRATION_REPORT,
            defaultValue = "${project.build.directory}/addin/registration-report.json")
    private File registrationReport;

    /**
     * The page's file name, without {@code .html}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PAGE_NAME, defaultValue = PAGE)
    private String pageName;

    /**
     * Skips the page, as it skips {@code addin:validate}, {@code addin:inject} and {@code addin:verify}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping addin:report: " + PropertyNames.SKIP + " is true.");
        }
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = getProject().getBasedir().toPath();
        String shown = ProjectFiles.display(base, registrationReport.toPath());
        Optional<ReportData> report = BuildResult.report("write the registration page", () -> read(shown));
        if (report.isPresent()) {
            RegistrationPage.render(getSink(), report.get());
        } else {
            getLog().warn("There is no registration report at " + shown + ": the page says so. Fix: run addin:verify"
                    + " (mvn verify) before addin:report or the site, or set registrationReport.");
            RegistrationPage.noReport(getSink(), shown);
        }
        Path page = getReportOutputDirectory().toPath().resolve(getOutputName() + ".html");
        getLog().info("Registration page " + ProjectFiles.display(base, page) + " from " + shown);
    }

    /** The report, or none when there is no file; a file that is no report fails, saying why. */
    private Optional<ReportData> read(String shown) throws IOException {
        Path source = registrationReport.toPath();
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        String json = Files.readString(source, StandardCharsets.UTF_8);
        try {
            return Optional.of(RegistrationReport.parse(json));
        } catch (IllegalArgumentException e) {
            throw new IOException(shown + " is not a registration report: " + e.getMessage()
                    + ". Fix: run addin:verify again to rewrite it.", e);
        }
    }

    @Override
    public String getOutputName() {
        return pageName;
    }

    @Override
    public String getName(Locale locale) {
        return "Add-in registration";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The SharePoint Add-in registration: client ID, domain, the secrets' end dates and the checks of addin:verify.";
    }
}
