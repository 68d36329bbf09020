package dev.addinreg.inject;

import java.nio.file.Path;

import dev.addinreg.registration.Registration;

/**
 * What to inject where.
 *
 * @param baseDir the project folder: messages name files relative to it
 * @param webConfig the web application's {@code web.config} (found ignoring the name's case); {@code null}
 *     when the web application keeps its settings elsewhere and only the package is injected
 * @param appManifest the add-in's {@code AppManifest.xml}
 * @param packageDirectory the folder whose {@code *.xml} files are searched for {@code ~remoteAppUrl}
 * @param outputDirectory where processed copies go ({@code web/}, {@code package/}), unless in place
 * @param inPlace whether the sources themselves are edited
 * @param registration the checked registration values
 * @param appPackage a built add-in package ({@code .app}) to inject into instead of {@code appManifest} and
 *     {@code packageDirectory}, or {@code null}; the edited package always goes to the output folder
 * @param stateFile where the record of the last successful inject is kept, so that files unchanged since are
 *     not read again ({@link InjectState}); {@code null} to read every file every time. Not used for a built
 *     package, which is always read.
 */
public record InjectRequest(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Path outputDirectory,
        boolean inPlace, Registration registration, Path appPackage, Path stateFile) {

    /** A request without a record of the last inject: every file is read. */
    public InjectRequest(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Path outputDirectory,
            boolean inPlace, Registration registration, Path appPackage) {
        this(baseDir, webConfig, appManifest, packageDirectory, outputDirectory, inPlace, registration, appPackage, null);
    }

    /** A request for the add-in's loose files, no built package. */
    public InjectRequest(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Path outputDirectory,
            boolean inPlace, Registration registration) {
        this(baseDir, webConfig, appManifest, packageDirectory, outputDirectory, inPlace, registration, null, null);
    }
}
