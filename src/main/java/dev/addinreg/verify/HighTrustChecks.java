package dev.addinreg.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.addin.WebConfig;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.InvalidValueException;
import dev.addinreg.registration.IssuerId;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.registration.SerialNumber;
import dev.addinreg.registration.Severity;
import dev.addinreg.registration.SigningCertificate;
import dev.addinreg.verify.ShippedFiles.Found;

/**
 * The high-trust keys of the {@code web.config} that ships, as .NET reads them: {@code IssuerId} a lowercase GUID and the
 * configured one; the certificate named by a serial number that is the configured certificate's, or by a path with a
 * password that opens it; no password and no client secret where they should not ship. A password is never shown.
 */
final class HighTrustChecks {
    static final String ID = "high-trust";
    static final String TITLE = "high-trust issuer and signing certificate";

    private final Optional<HighTrust> configured;
    private final List<Problem> problems = new ArrayList<>();

    private HighTrustChecks(Optional<HighTrust> configured) {
        this.configured = configured;
    }

    /** Whether the web.config sets an issuer ID: a high-trust one, when nothing configured says otherwise. */
    static boolean setsIssuerId(WebConfig web) {
        return value(web, HighTrust.ISSUER_ID_KEY).isPresent();
    }

    static CheckResult check(WebConfig web, Optional<HighTrust> configured) {
        HighTrustChecks checks = new HighTrustChecks(configured);
        checks.issuerId(web);
        checks.certificate(web);
        checks.password(web);
        checks.clientSecrets(web);
        String note = configured.isEmpty() ? "no issuerId configured: checked as the web.config says" : "";
        return CheckResult.ran(ID, TITLE, note, checks.problems);
    }

    private void issuerId(WebConfig web) {
        Optional<Found> found = FileChecks.single(web, HighTrust.ISSUER_ID_KEY, problems);
        if (found.isEmpty()) {
            return;
        }
        try {
            IssuerId.parse(found.get().value());
        } catch (InvalidValueException e) {
            problems.add(e.at(Severity.ERROR, found.get().where()));
            return;
        }
        configured.map(HighTrust::issuerId).filter(id -> !id.value().equals(found.get().value())).ifPresent(id ->
                problems.add(Problem.error(found.get().where(), "the issuer ID differs from the configured one",
                        "\"" + found.get().value() + "\"", "\"" + id.value() + "\", the configured issuerId",
                        "run addin:inject with this registration, or correct issuerId")));
    }

    private void certificate(WebConfig web) {
        Optional<SigningCertificate> certificate = configured.flatMap(HighTrust::certificate);
        if (value(web, HighTrust.SERIAL_NUMBER_KEY).isPresent()) {
            Found serial = FileChecks.single(web, HighTrust.SERIAL_NUMBER_KEY, problems).orElseThrow();
            try {
                SerialNumber.parse(serial.value());
            } catch (InvalidValueException e) {
                problems.add(e.at(Severity.ERROR, serial.where()));
                return;
            }
            certificate.filter(c -> !c.hasSerialNumber(serial.value())).ifPresent(c -> problems.add(Problem.error(serial.where(),
                    "the serial number is not the signing certificate's", "\"" + serial.value() + "\"",
                    "\"" + c.serialNumber() + "\", the serial of " + c.shownAs() + " (" + c.subject() + ")",
                    "run addin:inject with this certificate, or configure as signingCertificate the certificate this serial"
                            + " number is")));
        } else if (value(web, HighTrust.PATH_KEY).isEmpty()) {
            WebConfig.Part section = web.parts().get(0);
            problems.add(Problem.error(section.settings().file() + ":" + section.settings().line() + " appSettings",
                    "the web.config names no signing certificate", null, HighTrust.SERIAL_NUMBER_KEY + " (the certificate in"
                            + " the web server's certificate store), or " + HighTrust.PATH_KEY + " with " + HighTrust.PASSWORD_KEY,
                    "run addin:inject with signingCertificate configured"));
        }
    }

    private void password(WebConfig web) {
        Optional<WebConfig.Value> password = value(web, HighTrust.PASSWORD_KEY);
        if (password.isEmpty()) {
            return;
        }
        String where = FileChecks.where(password.get());
        Optional<SigningCertificate> pfx = configured.flatMap(HighTrust::certificate).filter(SigningCertificate::pfx);
        if (pfx.isPresent() && !pfx.get().opensWith(Secret.of(password.get().value().orElseThrow()))) {
            problems.add(Problem.error(where, "the password does not open the configured .pfx", null,
                    "the password of " + pfx.get().shownAs(), "run addin:inject with the certificate's password configured,"
                            + " or configure as signingCertificate the .pfx this password opens"));
        }
        problems.add(Problem.warning(where, "the signing certificate's password ships in web.config", null,
                HighTrust.SERIAL_NUMBER_KEY + ", with the certificate in the web server's certificate store",
                "for production, leave signingCertificatePath unset so addin:inject writes the serial number, import the .pfx"
                        + " into the server's certificate store, and remove " + HighTrust.PATH_KEY + " and " + HighTrust.PASSWORD_KEY));
    }

    private void clientSecrets(WebConfig web) {
        for (SecretRole role : SecretRole.values()) {
            value(web, role.appSettingKey()).ifPresent(value -> problems.add(Problem.warning(FileChecks.where(value),
                    "a " + role.appSettingKey() + " ships in a high-trust web.config, which does not use it",
                    Secret.of(value.value().orElseThrow()).masked(), "no " + role.appSettingKey() + ": a high-trust add-in"
                            + " signs its tokens with its certificate", "remove the " + role.appSettingKey() + " entry")));
        }
    }

    /** The value .NET reads for {@code key}, when it is there and not empty. */
    private static Optional<WebConfig.Value> value(WebConfig web, String key) {
        return web.effective(key).filter(value -> value.value().filter(v -> !v.isEmpty()).isPresent());
    }
}
