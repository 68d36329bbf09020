package dev.addinreg.maven;

import java.io.File;

import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.SessionData;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.files.FileLocks;
import dev.addinreg.files.ProjectFiles;

/** What the goals that read or write the add-in's files share: where those files are. */
abstract class AbstractAddinFilesMojo extends AbstractRegistrationMojo {

    /**
     * The web application's {@code web.config}. When it does not exist as written, a file of the same
     * name in another case ({@code web.config}) is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.WEB_CONFIG, defaultValue = "${project.basedir}/src/main/webapp/Web.config")
    private File webConfig;

    /**
     * The add-in manifest.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_MANIFEST, defaultValue = "${project.basedir}/src/main/sharepoint/AppManifest.xml")
    private File appManifest;

    /**
     * The add-in package's folder: every {@code *.xml} below it is searched for {@code ~remoteAppUrl}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PACKAGE_DIRECTORY, defaultValue = "${project.basedir}/src/main/sharepoint")
    private File packageDirectory;

    /**
     * Where processed copies go: {@code web/} for {@code web.config}, {@code package/} for the package
     * folder, keeping relative paths. Unused when {@link #inPlace} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/addin")
    private File outputDirectory;

    /**
     * Edits the source files themselves instead of writing copies. Sources are never modified otherwise.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IN_PLACE, defaultValue = "false")
    private boolean inPlace;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDir;

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

    /** Where the add-in's files are, and where inject's copies go, as configured. */
    AddinFiles addinFiles() {
        return new AddinFiles(baseDir.toPath(), skipWebConfig ? null : webConfig.toPath(), appManifest.toPath(),
                packageDirectory.toPath(), appPackage == null ? null : appPackage.toPath(), outputDirectory.toPath(), inPlace);
    }

    /** How messages name the manifest: the loose file, or the one inside the built package. */
    String manifestName() {
        return appPackage == null ? ProjectFiles.display(baseDir.toPath(), appManifest.toPath())
                : ProjectFiles.display(baseDir.toPath(), appPackage.toPath()) + "!/" + AppPackage.MANIFEST;
    }

    /** How messages name a file: relative to the project. */
    String display(File file) {
        return ProjectFiles.display(baseDir.toPath(), file.toPath());
    }

    File outputDirectory() {
        return outputDirectory;
    }

    boolean inPlace() {
        return inPlace;
    }

    /**
     * The file locks of this build, kept in the session so that modules built in parallel ({@code -T})
     * share them, and no static state outlives the build.
     */
    FileLocks fileLocks() {
        SessionData data = session().getRepositorySession().getData();
        Object key = FileLocks.class.getName();
        Object locks = data.get(key);
        while (locks == null) {
            data.set(key, null, new FileLocks());
            locks = data.get(key);
        }
        return (FileLocks) locks;
    }

}
