package dev.addinreg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.AddinSearch;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.files.FilePatterns;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.verify.CheckResult;

/** What the goals that read or write the add-in's files share: where those files are. */
abstract class AbstractAddinFilesMojo extends AbstractRegistrationMojo {

    /**
     * The web application's {@code web.config}. When it does not exist as written, a file of the same name in another
     * case ({@code web.config}) is used. Unset: {@code src/main/webapp/Web.config} when it exists, else the project's
     * one {@code web.config} outside {@code Views/} and build folders, or the one of several whose appSettings hold
     * {@code ClientId}; the file found is logged.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WEB_CONFIG)
    private File webConfig;

    /**
     * The add-in manifest. Unset: {@code src/main/sharepoint/AppManifest.xml} when it exists, else the project's one
     * {@code AppManifest.xml} outside build folders, as Visual Studio lays out a solution; the file found is logged.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_MANIFEST)
    private File appManifest;

    /**
     * The add-in package's folder: its files go to {@code package/} in the output folder, and every {@code *.xml} among
     * them is searched for {@code ~remoteAppUrl}. Unset: the manifest's folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_DIRECTORY)
    private File packageDirectory;

    /**
     * Which files below {@code packageDirectory} are the package's: Ant-style patterns such as
     * {@code **}{@code /*.xml}, matched ignoring case; as a property, separated by commas. Unset: every file.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_INCLUDES)
    private List<String> packageIncludes;

    /**
     * Files below {@code packageDirectory} that are not the package's, as Ant-style patterns. The build folders
     * Visual Studio writes ({@code bin/}, {@code obj/}, {@code pkg/}, {@code pkgobj/}) and Maven's default excludes
     * ({@code .git/}, {@code .svn/} ...) are always left out.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_EXCLUDES)
    private List<String> packageExcludes;

    /**
     * Edits the source files themselves instead of writing copies. Sources are never modified otherwise.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IN_PLACE, defaultValue = "false")
    private boolean inPlace;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /**
     * Leaves {@code web.config} out: for a web application that keeps its settings elsewhere (ASP.NET
     * Core's {@code appsettings.json}), only the manifest and the package are injected and verified.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_WEB_CONFIG, defaultValue = "false")
    private boolean skipWebConfig;

    /**
     * A built add-in package ({@code .app}, as Visual Studio or msbuild makes it) to use instead of
     * {@code appManifest} and {@code packageDirectory}. {@code addin:inject} writes an edited copy to
     * {@code package/} in the output folder, even with {@code inPlace} (the input package is never modified):
     * {@code AppManifest.xml} and every XML part holding {@code ~remoteAppUrl} are edited, every other entry is
     * copied with its bytes, order, compression method and timestamps. {@code addin:verify} checks the parts
     * inside that copy, or inside this package when there is no copy. A signed package is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_PACKAGE)
    private File appPackage;

    /** The files of this execution, once found. */
    private AddinFiles files;
    /** Finding them, as a check of a report. */
    private CheckResult filesFound;

    /**
     * Where the add-in's files are, and where inject's copies go: as configured, each path not configured found in the
     * project and logged. Finding none, or several that nothing tells apart, fails the build, with a report holding
     * {@code values} and the search's problems.
     *
     * @param values the check of the configured values, for that report
     */
    AddinFiles addinFiles(RegistrationCheck.Result checked, CheckResult values) throws MojoExecutionException, MojoFailureException {
        if (files == null) {
            AddinFiles configured = new AddinFiles(baseDir.toPath(), path(webConfig), path(appManifest), path(packageDirectory),
                    path(appPackage), outputDirectory().toPath(), inPlace, new FilePatterns(packageIncludes, packageExcludes));
            Findings findings = new Findings();
            List<String> found = new ArrayList<>();
            AddinSearch search = new AddinSearch(baseDir.toPath(), List.of(buildDirectory.toPath(), outputDirectory().toPath()));
            AddinFiles complete = BuildResult.run("find the add-in's files", () -> search.complete(configured, skipWebConfig,
                    new AddinFileReader(baseDir.toPath()), found, findings));
            CheckResult check = CheckResult.ran("files-found", "add-in files found", "", findings.all());
            concludeOrReport("The add-in files", findings, false, checked, List.of(values, check));
            found.forEach(getLog()::info);
            files = complete;
            filesFound = check;
        }
        return files;
    }

    /** Finding the add-in's files, as a check of a report. Once {@link #addinFiles} ran. */
    CheckResult filesFound() {
        return filesFound;
    }

    /** How messages name the manifest: the loose file, or the one inside the built package. Once {@link #addinFiles} ran. */
    String manifestName() {
        AddinFiles addin = files;
        return addin.appPackage() == null ? ProjectFiles.display(baseDir.toPath(), addin.appManifest())
                : ProjectFiles.display(baseDir.toPath(), addin.appPackage()) + "!/" + AppPackage.MANIFEST;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    /** How messages name a file: relative to the project. */
    String display(File file) {
        return ProjectFiles.display(baseDir.toPath(), file.toPath());
    }

    boolean inPlace() {
        return inPlace;
    }


}
