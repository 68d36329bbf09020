package dev.addinreg.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registration as a few aligned lines a user can read: values, secrets by fingerprint, end dates. */
public final class RegistrationSummary {

    private RegistrationSummary() {
    }

    public static List<String> lines(Registration registration, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add(row("Client ID", registration.clientId().map(ClientId::value)));
        lines.add(row("Add-in domain", registration.appDomain().map(AppDomain::toString)));
        lines.add(row("Redirect URI", registration.redirectUri().map(RedirectUri::toString)));
        lines.add(row("Title", registration.title().map(AddinTitle::value)));
        if (registration.highTrust().isPresent()) {
            HighTrust highTrust = registration.highTrust().get();
            lines.add(row("Issuer ID", Optional.of(highTrust.issuerId().value())));
            lines.add(row("Signing certificate", highTrust.certificate().map(c -> c.subject() + ", serial " + c.serialNumber()
                    + ", ends " + c.endDate() + " (" + days(c.daysLeft(today)) + ")")));
            lines.add(row("Certificate in config", Optional.of(highTrust.certificatePath()
                    .map(path -> "path " + path + " with its password, from " + highTrust.password().map(SecretSetting::origin)
                            .orElse("(not configured)"))
                    .orElse("serial number (the certificate in the web server's certificate store)"))));
            return lines;
        }
        lines.add(row(SecretRole.PRIMARY.appSettingKey(), registration.primary().map(s -> secret(s, today))));
        lines.add(row(SecretRole.SECONDARY.appSettingKey(), registration.secondary().map(s -> secret(s, today))));
        lines.add(row("Add-in version", registration.version().map(AddinVersion::toString)));
        return lines;
    }

    private static String secret(ConfiguredSecret secret, LocalDate today) {
        String end = secret.endDate()
                .map(date -> "ends " + date + " (" + days(secret.daysLeft(today).orElseThrow()) + ")")
                .orElse("no end date recorded");
        return secret.secret().fingerprint() + ", " + end + ", from " + secret.origin();
    }

    private static String days(long daysLeft) {
        if (daysLeft <= 0) {
            long ago = -daysLeft;
            return "ended " + (ago == 0 ? "today" : ago == 1 ? "1 day ago" : ago + " days ago");
        }
        return daysLeft == 1 ? "1 day left" : daysLeft + " days left";
    }

    private static String row(String name, Optional<String> value) {
        return String.format("%-22s %s", name, value.orElse("(not configured)"));
    }
}
