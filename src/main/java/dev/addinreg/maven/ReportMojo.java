package dev.addinreg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import dev.addinreg.files.ProjectFiles;
import dev.addinreg.report.RegistrationPage;
import dev.addinreg.verify.RegistrationReport;

/**
 * The registration page of the project's site: the client ID, domain and redirect URI, each secret's
 * fingerprint, start and end date and days left drawn as a timeline, and every check of {@code addin:verify}
 * with its outcome, failed ones first. Use it in {@code <reporting>} after a build that ran {@code addin:verify}
 * ({@code mvn verify site}), or alone ({@code mvn verify addin:report}).
 *
 * <p>It reads the {@code registration-report.json} that {@code addin:verify} wrote and runs no check of its own:
 * the page shows what the build found, and this goal never reads a secret. The page stands alone (inline style
 * and SVG, nothing loaded from elsewhere, no site skin), so it works offline.</p>
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {
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
     * Skips the page, as it skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /** Where the page goes when the goal runs alone; the site plugin sets its own folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping addin:report: " + PropertyNames.SKIP + " is true.");
            return;
        }
        BuildResult.run("write the registration page", this::writePage);
    }

    /** Called by the site plugin: the page is written whole, the site's sink is not used. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            BuildResult.run("write the registration page", this::writePage);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private Path writePage() throws IOException {
        Path source = registrationReport.toPath();
        Path base = baseDir.toPath();
        String shown = ProjectFiles.display(base, source);
        String page;
        if (Files.isRegularFile(source)) {
            String json = Files.readString(source, StandardCharsets.UTF_8);
            try {
                page = RegistrationPage.html(RegistrationReport.parse(json));
            } catch (IllegalArgumentException e) {
                throw new IOException(shown + " is not a registration report: " + e.getMessage()
                        + ". Fix: run addin:verify again to rewrite it.", e);
            }
        } else {
            getLog().warn("There is no registration report at " + shown + ": the page says so. Fix: run addin:verify"
                    + " (mvn verify) before addin:report or the site, or set registrationReport.");
            page = RegistrationPage.noReport(shown);
        }
        Path target = reportOutputDirectory.toPath().resolve(pageName + ".html");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, page, StandardCharsets.UTF_8);
        getLog().info("Registration page " + ProjectFiles.display(base, target) + " from " + shown);
        return target;
    }

    @Override
    public String getOutputName() {
        return pageName;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Add-in registration";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The SharePoint Add-in registration: client ID, domain, the secrets' end dates and the checks of addin:verify.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    /** The page is written whole by this goal, not through the site's skin. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
