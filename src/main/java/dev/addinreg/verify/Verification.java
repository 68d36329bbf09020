package dev.addinreg.verify;

import java.time.LocalDate;
import java.util.List;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.Findings;

/**
 * What {@link Verifier} found.
 *
 * @param hosting the hosting model the manifest declares
 * @param files the files read, relative to the project
 * @param checks every check, in the order run
 * @param today the day expiry was measured from
 * @param sourcesRead whether the sources were read because {@code addin:inject} wrote no copies
 * @param version the {@code Version} of the manifest that ships, as read; {@code null} when it has none or was not read
 */
public record Verification(Hosting hosting, List<String> files, List<CheckResult> checks, LocalDate today,
        boolean sourcesRead, String version) {

    public Verification {
        files = List.copyOf(files);
        checks = List.copyOf(checks);
    }

    /** Every problem of every check, in order. */
    public Findings findings() {
        Findings findings = new Findings();
        checks.forEach(check -> check.problems().forEach(findings::add));
        return findings;
    }

    public long count(Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome).count();
    }
}
