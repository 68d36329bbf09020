package dev.addinreg.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.addinreg.files.FilePatterns;
import dev.addinreg.files.ProjectFiles;

/**
 * Where an add-in's files are, as configured, and where {@code addin:inject} puts its copies: {@code web/}
 * for {@code web.config} and the files beside it, {@code package/} for the package folder, keeping relative
 * paths, and a built package by its name in {@code package/}.
 *
 * @param baseDir the project folder: messages name files relative to it
 * @param webConfig the web application's {@code web.config} (found ignoring the name's case); {@code null}
 *     when the web application keeps its settings elsewhere and only the package is used
 * @param appManifest the add-in's {@code AppManifest.xml}
 * @param packageDirectory the folder whose {@code *.xml} files are searched for {@code ~remoteAppUrl}
 * @param appPackage a built add-in package ({@code .app}) used instead of {@code appManifest} and
 *     {@code packageDirectory}, or {@code null}
 * @param outputDirectory where processed copies go, unless in place
 * @param inPlace whether the sources themselves are edited (a built package is always copied)
 * @param packagePatterns which files below {@code packageDirectory} are the package's: never the build folders
 */
public record AddinFiles(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Path appPackage,
        Path outputDirectory, boolean inPlace, FilePatterns packagePatterns) {

    /** The add-in's files, every file below the package folder but the build folders being the package's. */
    public AddinFiles(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Path appPackage,
            Path outputDirectory, boolean inPlace) {
        this(baseDir, webConfig, appManifest, packageDirectory, appPackage, outputDirectory, inPlace, FilePatterns.everyFile());
    }

    /** How messages name a file: relative to the project. */
    public String name(Path file) {
        return ProjectFiles.display(baseDir, file);
    }

    /** The copy of a file of the web application (its {@code web.config}, a configSource file). */
    public Path webOutput(Path source) {
        Path webFolder = (webConfig == null ? packageDirectory : webConfig).toAbsolutePath().normalize().getParent();
        return output().resolve("web").resolve(webFolder.relativize(source.toAbsolutePath().normalize()));
    }

    /** The copy of a package file; a manifest outside the package folder goes to its top. */
    public Path packageOutput(Path source) {
        Path folder = packageDirectory.toAbsolutePath().normalize();
        Path absolute = source.toAbsolutePath().normalize();
        return packageOutputFolder().resolve(absolute.startsWith(folder) ? folder.relativize(absolute) : absolute.getFileName());
    }

    /** The edited copy of the built package: in the package folder, by its name. */
    public Path appPackageOutput() {
        return packageOutputFolder().resolve(appPackage.getFileName());
    }

    /** The copy of the package folder. */
    public Path packageOutputFolder() {
        return output().resolve("package");
    }

    private Path output() {
        return outputDirectory.toAbsolutePath().normalize();
    }

    /** The {@code web.config} as it is on disk, its name's case aside; {@code webConfig} itself when there is none. */
    public Path webConfigFound() throws IOException {
        return ProjectFiles.findIgnoringCase(webConfig).orElse(webConfig);
    }

    /** Whether {@code addin:inject} wrote copies here, which are then what ships; else the sources are. */
    public boolean injected() {
        return !inPlace && Files.isDirectory(packageOutputFolder());
    }

    /**
     * The files that will ship: {@code addin:inject}'s copies when it wrote them, else the sources; the
     * edited copy of a built package when there is one (it is written even in place), else the package.
     */
    public AddinFiles shipped() throws IOException {
        Path app = appPackage != null && Files.isRegularFile(appPackageOutput()) ? appPackageOutput() : appPackage;
        if (!injected()) {
            return new AddinFiles(baseDir, webConfig == null ? null : webConfigFound(), appManifest, packageDirectory, app,
                    outputDirectory, inPlace, packagePatterns);
        }
        return new AddinFiles(baseDir, webConfig == null ? null : webOutput(webConfigFound()), packageOutput(appManifest),
                packageOutputFolder(), app, outputDirectory, inPlace, packagePatterns);
    }
}
