package dev.addinreg.verify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;

/**
 * What to verify.
 *
 * @param baseDir the project folder: messages name files relative to it
 * @param webConfig the {@code web.config} that will ship (found ignoring the name's case); {@code null} when
 *     the web application keeps its settings elsewhere
 * @param appManifest the {@code AppManifest.xml} that will ship
 * @param packageDirectory the package folder that will ship
 * @param registration the configured registration, checked
 * @param registrationProblems what checking the configured values found (expiry included)
 * @param failWithinDays a secret ending within this many days fails; {@code null} for no such limit
 * @param today the date expiry is measured from
 * @param appPackage the built add-in package ({@code .app}) that will ship, read instead of {@code appManifest} and
 *     {@code packageDirectory}; {@code null} for the loose files
 */
public record VerifyRequest(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory,
        Registration registration, List<Problem> registrationProblems, Integer failWithinDays, LocalDate today,
        Path appPackage) {

    public VerifyRequest {
        registrationProblems = List.copyOf(registrationProblems);
    }

    /** A request for the add-in's loose files, no built package. */
    public VerifyRequest(Path baseDir, Path webConfig, Path appManifest, Path packageDirectory, Registration registration,
            List<Problem> registrationProblems, Integer failWithinDays, LocalDate today) {
        this(baseDir, webConfig, appManifest, packageDirectory, registration, registrationProblems, failWithinDays, today, null);
    }
}
