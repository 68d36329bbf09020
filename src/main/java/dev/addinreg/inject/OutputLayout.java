package dev.addinreg.inject;

import java.nio.file.Path;

/**
 * Where processed copies go below the output folder: {@code web/} for {@code web.config} and the files
 * beside it, {@code package/} for the package folder, keeping relative paths.
 *
 * @param outputDirectory the output folder
 * @param webFolder the folder of the source {@code web.config}
 * @param packageDirectory the source package folder
 */
public record OutputLayout(Path outputDirectory, Path webFolder, Path packageDirectory) {

    public OutputLayout {
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        webFolder = webFolder.toAbsolutePath().normalize();
        packageDirectory = packageDirectory.toAbsolutePath().normalize();
    }

    /** The copy of a file of the web application (its {@code web.config}, a configSource file). */
    public Path webFile(Path source) {
        return outputDirectory.resolve("web").resolve(webFolder.relativize(source.toAbsolutePath().normalize()));
    }

    /** The copy of a package file; a manifest outside the package folder goes to its top. */
    public Path packageFile(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(packageDirectory) ? packageDirectory.relativize(absolute) : absolute.getFileName();
        return packagePath().resolve(relative);
    }

    /** The edited copy of a built add-in package ({@code .app}): in the package folder, by its name. */
    public Path appPackageFile(Path source) {
        return packagePath().resolve(source.getFileName());
    }

    /** The copy of the package folder. */
    public Path packagePath() {
        return outputDirectory.resolve("package");
    }
}
