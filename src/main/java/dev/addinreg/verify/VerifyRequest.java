package dev.addinreg.verify;

import java.time.Clock;
import java.util.List;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;

/**
 * What to verify.
 *
 * @param files where the add-in's files are as configured: what ships is worked out from them (inject's copies
 *     when it wrote them, else the sources)
 * @param registration the configured registration, checked
 * @param registrationProblems what checking the configured values found (expiry included)
 * @param failWithinDays a secret ending within this many days fails; {@code null} for no such limit
 * @param newSecretDelayHours how long a new client secret takes to be accepted everywhere: a younger one with no
 *     valid secondary secret warns
 * @param clock where today and now come from
 */
public record VerifyRequest(AddinFiles files, Registration registration, List<Problem> registrationProblems,
        Integer failWithinDays, int newSecretDelayHours, Clock clock) {

    public VerifyRequest {
        registrationProblems = List.copyOf(registrationProblems);
    }
}
