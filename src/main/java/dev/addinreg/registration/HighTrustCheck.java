package dev.addinreg.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Checks a high-trust add-in's values: the issuer ID, the signing certificate (it can be read, its password opens it,
 * it is valid today and not about to end) and the password {@code web.config} needs. A password is never shown.
 */
final class HighTrustCheck {
    private static final String PASSWORD = "signing certificate's password";

    private HighTrustCheck() {
    }

    /**
     * The high-trust values, when an issuer ID makes the add-in high-trust; every problem goes to {@code findings}.
     *
     * @param clientSecrets the client secrets' sources: one that gives a secret to a high-trust add-in gets a warning
     */
    static Optional<HighTrust> check(HighTrustInput input, List<SecretSetting> clientSecrets, Instant now, int warningDays,
            Findings findings) {
        if (!input.given()) {
            return Optional.empty();
        }
        Optional<SecretSetting> password = RegistrationCheck.single(PASSWORD,
                input.password().stream().filter(SecretSetting::isPresent).toList(), SecretSetting::value, SecretSetting::origin,
                setting -> "a hidden value", findings);
        if (!input.issuerId().isPresent()) {
            Setting given = input.certificate().isPresent() ? input.certificate() : input.certificatePath();
            findings.add(Problem.error(given.origin(), "a signing certificate is configured without an issuer ID", null,
                    "issuerId with it: setting issuerId makes the add-in high-trust",
                    "set issuerId to the ID of the token issuer the farm trusts for this certificate; for a low-trust add-in,"
                            + " remove " + given.origin()));
            return Optional.empty();
        }
        Optional<IssuerId> issuerId = RegistrationCheck.parse(input.issuerId(), IssuerId::parse, findings);
        clientSecrets.stream().filter(SecretSetting::isPresent).findFirst().ifPresent(secret -> findings.add(Problem.warning(
                secret.origin(), "a client secret is configured for a high-trust add-in", secret.value().masked(),
                "no client secret: a high-trust add-in signs its tokens with its certificate, and addin:inject writes no"
                        + " ClientSecret for it",
                "remove the client secret from this build's configuration; or, for a low-trust add-in, remove issuerId")));
        Optional<String> certificatePath = Optional.ofNullable(input.certificatePath().value()).filter(path -> !path.isBlank());
        // sources that disagree are a problem already: then no password is "missing"
        boolean passwordGiven = input.password().stream().anyMatch(SecretSetting::isPresent);
        if (certificatePath.isPresent() && !passwordGiven) {
            findings.add(Problem.error(origins(input.password()), "no " + PASSWORD + " is configured, and web.config needs"
                            + " one beside ClientSigningCertificatePath", null, "the password of the .pfx at "
                            + input.certificatePath().value(), "give the password in " + origins(input.password())
                            + "; or remove signingCertificatePath, so web.config gets the serial number and the certificate"
                            + " comes from the Windows certificate store, as Microsoft advises for production"));
        }
        Optional<SigningCertificate> certificate = certificate(input, password, passwordGiven, findings);
        certificate.ifPresent(c -> validity(c, now, warningDays, findings));
        return issuerId.map(id -> new HighTrust(id, certificate, certificatePath, password));
    }

    private static Optional<SigningCertificate> certificate(HighTrustInput input, Optional<SecretSetting> password,
            boolean passwordGiven, Findings findings) {
        if (!input.certificate().isPresent()) {
            findings.add(Problem.error(input.certificate().origin(), "no signing certificate is configured for the high-trust"
                    + " add-in", null, "the .cer or .pfx the add-in signs its tokens with", "set signingCertificate, so the"
                            + " build can check the certificate's dates and write its serial number"));
            return Optional.empty();
        }
        String shown = input.certificate().value();
        if (SigningCertificate.isPfx(input.certificateFile()) && password.isEmpty()) {
            if (passwordGiven) {
                return Optional.empty();
            }
            findings.add(Problem.error(origins(input.password()), "no " + PASSWORD + " is configured, and the .pfx needs it",
                    null, "the password that opens " + shown, "give the password in " + origins(input.password())
                            + "; or point signingCertificate at the certificate's .cer, which has no password"));
            return Optional.empty();
        }
        try {
            return Optional.of(SigningCertificate.read(input.certificateFile(), shown,
                    password.map(SecretSetting::value).orElse(null)));
        } catch (InvalidValueException e) {
            findings.add(e.at(Severity.ERROR, input.certificate().origin()));
            return Optional.empty();
        }
    }

    private static void validity(SigningCertificate certificate, Instant now, int warningDays, Findings findings) {
        String name = "the signing certificate (serial " + certificate.serialNumber() + ")";
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        switch (certificate.state(now, warningDays)) {
            case "expired" -> {
                long ago = -certificate.daysLeft(now);
                findings.add(Problem.error(certificate.shownAs(), name + " has expired", "NotAfter " + certificate.notAfter() + " ("
                                + (ago == 0 ? "today" : ago + (ago == 1 ? " day" : " days") + " ago") + ")",
                        "a certificate valid today, " + today, "create a new certificate, register it with the farm's token issuer"
                                + " (New-SPTrustedSecurityTokenIssuer), configure it as signingCertificate and redeploy the add-in;"
                                + " until then SharePoint answers the add-in's calls with 401 Unauthorized"));
            }
            case "not-yet-valid" -> findings.add(Problem.error(certificate.shownAs(), name + " is not valid yet",
                    "NotBefore " + certificate.notBefore(), "a certificate valid today, " + today,
                    "use a certificate that is valid now; if it was just made, check the clock and time zone of the machine that"
                            + " made it"));
            case "expiring" -> {
                long daysLeft = certificate.daysLeft(now);
                findings.add(Problem.warning(certificate.shownAs(), name + (daysLeft == 0 ? " expires today"
                                : " expires in " + daysLeft + (daysLeft == 1 ? " day" : " days")),
                        "NotAfter " + certificate.notAfter(), "more than " + warningDays + " days left (expiryWarningDays)",
                        "renew the certificate now: register the new one with the farm's token issuer, configure it as"
                                + " signingCertificate and redeploy the add-in before this one ends"));
            }
            default -> {
                // valid
            }
        }
    }

    private static String origins(List<SecretSetting> sources) {
        return sources.isEmpty() ? "signingCertificateServerId or signingCertificatePasswordEnv"
                : String.join(" or ", sources.stream().map(SecretSetting::origin).toList());
    }
}
