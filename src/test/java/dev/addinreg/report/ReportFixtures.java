package dev.addinreg.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AddinTitle;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.RedirectUri;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.verify.CheckResult;
import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.ReportData;
import dev.addinreg.verify.Verification;

/** Reports the page tests render: made through {@link ReportData#of}, as {@code addin:verify} makes them. */
public final class ReportFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** The canary: base64 of "CANARY-addinreg-canary-secret-01". No page may ever contain it. */
    public static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** base64 of "ROTATE-addinreg-second-secret-02". */
    public static final String ROTATED = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";
    /** base64 of "EXPIRED-addinreg-third-secret-03". */
    public static final String EXPIRED = "RVhQSVJFRC1hZGRpbnJlZy10aGlyZC1zZWNyZXQtMDM=";

    public static final Problem TITLE_WARNING = Problem.warning("target/addin/package/AppManifest.xml:10 Properties/Title",
            "the manifest's title differs from the configured one", "\"Contoso <Orders> & Co\"", "\"Contoso Orders\"",
            "correct the Title in AppManifest.xml, or the title parameter");
    public static final Problem SECRET_EXPIRED = Problem.error("<secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires)",
            "the secondary client secret (" + ClientSecret.parse(EXPIRED).fingerprint() + ") has expired", "end date 2026-05-01 (31 days ago)",
            "an end date after today, 2026-06-01", "generate a new secret for this client ID");

    private ReportFixtures() {
    }

    /** The registration: the canary as the client secret (valid), a rotated secret as the secondary (expiring). */
    public static Registration registration() {
        return new Registration(
                Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
                Optional.of(AppDomain.parse("contoso-orders.azurewebsites.net")),
                Optional.of(RedirectUri.parse("https://contoso-orders.azurewebsites.net/Pages/Default.aspx")),
                Optional.of(AddinTitle.parse("Contoso Orders")),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 30),
                        "environment variable ADDIN_CLIENT_SECRET", LocalDateTime.of(2026, 5, 20, 9, 30))),
                Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), LocalDate.of(2026, 6, 15),
                        "settings.xml server \"orders-old\" password")));
    }

    /** A verification: one check passed, one with a warning, one failed, one skipped, in that order. */
    public static Verification verification() {
        return new Verification(Hosting.PROVIDER_HOSTED,
                List.of("target/addin/package/AppManifest.xml", "target/addin/web/Web.config"),
                List.of(new CheckResult("client-id-consistent", "client IDs well-formed and consistent", Outcome.PASSED, "", List.of()),
                        new CheckResult("title", "manifest title matches", Outcome.WARNING, "", List.of(TITLE_WARNING)),
                        new CheckResult("client-secret", "web.config secrets valid and configured", Outcome.FAILED, "",
                                List.of(SECRET_EXPIRED)),
                        new CheckResult("no-high-trust-keys", "no high-trust signing keys", Outcome.SKIPPED, "no web.config was read",
                                List.of())), TODAY, false, "1.4.2.57");
    }

    /** The report of {@link #registration()} and {@link #verification()}: two secrets. */
    public static ReportData report() {
        return ReportData.of("worldwide", registration(), verification(), TODAY, 30, false);
    }

    /**
     * The report with a third secret that has expired: one valid, one expiring, one expired. The report's secrets
     * are a list, and the page draws each; a registration configures two at most, so the third is added here.
     */
    public static ReportData threeSecrets() {
        ReportData two = report();
        List<ReportData.Secret> secrets = new ArrayList<>(two.secrets());
        secrets.add(new ReportData.Secret("SecondaryClientSecret", ClientSecret.parse(EXPIRED).fingerprint(),
                "settings.xml server \"orders-2025\" password", "2025-05-01", LocalDate.of(2026, 5, 1), -31L, "expired"));
        return new ReportData(two.execution(), two.date(), "failed", two.hosting(), two.version(), two.clientId(), two.appDomain(),
                two.redirectUri(), two.files(), two.expiryWarningDays(), secrets, two.checks());
    }
}
