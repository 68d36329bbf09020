package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.SECONDARY_SECRET;
import static dev.addinreg.inject.AddinProject.SECRET;
import static dev.addinreg.inject.AddinProject.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/** The record of the last inject: which files a nothing-changed build skips, and everything that makes it read them again. */
class InjectStateTest {
    private static final String ELEMENTS = """
            <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
              <ClientWebPart Name="Orders"><Content Type="html" Src="~remoteAppUrl/Pages/Part.aspx" /></ClientWebPart>
            </Elements>
            """;
    private static final String PLAIN = "<Elements xmlns=\"http://schemas.microsoft.com/sharepoint/\" />\n";
    /** Files the project below has: manifest, web.config, two package files. */
    private static final int FILES = 4;

    @TempDir
    Path dir;

    private AddinProject project() {
        AddinProject project = AddinProject.standard(dir);
        project.write(project.packageDirectory.resolve("Part/Elements.xml"), ELEMENTS);
        project.write(project.packageDirectory.resolve("Plain/Elements.xml"), PLAIN);
        // files as a checkout leaves them: written well before the build
        for (Path file : List.of(project.appManifest, project.webConfig, project.packageDirectory.resolve("Part/Elements.xml"),
                project.packageDirectory.resolve("Plain/Elements.xml"))) {
            touch(file, Instant.now().minusSeconds(60).plusNanos(123_456_789));
        }
        return project;
    }

    private Path stateFile() {
        return dir.resolve("target/addin-inject/default.state");
    }

    private InjectOutcome inject(AddinProject project, Registration registration) throws IOException {
        InjectRequest request = project.request(false, registration);
        return AddinProject.inject(new InjectRequest(request.baseDir(), request.webConfig(), request.appManifest(),
                request.packageDirectory(), request.outputDirectory(), false, registration, null, stateFile()));
    }

    @Test
    void aNothingChangedRunReadsAndWritesNothingAndReportsTheSame() throws IOException {
        // given a first run with the record
        AddinProject project = project();
        InjectOutcome first = inject(project, AddinProject.registration());
        FileTime recorded = Files.getLastModifiedTime(stateFile());

        // when
        InjectOutcome second = inject(project, AddinProject.registration());

        // then every file is skipped, the edited ones reported as before, and not even the record is written again
        assertEquals(List.of(), errors(second));
        assertEquals(0, first.upToDate());
        assertEquals(FILES, second.upToDate());
        assertEquals(first.edited().stream().map(file -> file.source() + " " + file.changes() + " " + file.positions()).toList(),
                second.edited().stream().map(file -> file.source() + " " + file.changes() + " " + file.positions()).toList());
        assertTrue(second.edited().stream().noneMatch(InjectOutcome.EditedFile::written));
        assertEquals(1, second.copied());
        assertEquals(0, second.copiesWritten());
        assertEquals(recorded, Files.getLastModifiedTime(stateFile()));
    }

    @Test
    void aChangedSourceIsReadAgainAndTheOthersAreNot() throws IOException {
        // given
        AddinProject project = project();
        inject(project, AddinProject.registration());
        Path part = project.packageDirectory.resolve("Part/Elements.xml");
        project.write(part, ELEMENTS.replace("Orders", "Orders2"));
        touch(part, Instant.now().minusSeconds(30).plusNanos(5));

        // when
        InjectOutcome outcome = inject(project, AddinProject.registration());

        // then
        assertEquals(FILES - 1, outcome.upToDate());
        assertEquals(ELEMENTS.replace("Orders", "Orders2").replace("~remoteAppUrl", AddinProject.ORIGIN),
                text(project.packageOutput("Part/Elements.xml")));
        assertTrue(outcome.edited().stream().filter(file -> file.source().endsWith("Part/Elements.xml")).allMatch(
                InjectOutcome.EditedFile::written));
    }

    @Test
    void aNewSecretMakesEveryFileReadAgain() throws IOException {
        // given
        AddinProject project = project();
        inject(project, AddinProject.registration());
        Registration rotated = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.of(AppDomain.parse(AddinProject.DOMAIN)), Optional.empty(), Optional.empty(),
                Optional.of(AddinProject.secret(SecretRole.PRIMARY, SECONDARY_SECRET)), Optional.empty());

        // when
        InjectOutcome outcome = inject(project, rotated);

        // then
        assertEquals(0, outcome.upToDate());
        assertTrue(text(project.webOutput("Web.config")).contains("value=\"" + SECONDARY_SECRET + "\""));
    }

    @Test
    void anOutputChangedByHandIsWrittenAgain() throws IOException {
        // given an output changed to text of the same length
        AddinProject project = project();
        inject(project, AddinProject.registration());
        Path output = project.packageOutput("Plain/Elements.xml");
        String written = text(output);
        Files.writeString(output, written.replace("Elements", "Elementz"));

        // when
        InjectOutcome outcome = inject(project, AddinProject.registration());

        // then
        assertEquals(FILES - 1, outcome.upToDate());
        assertEquals(1, outcome.copiesWritten());
        assertEquals(written, text(output));
    }

    @Test
    void aSourceWhoseTimeIsWholeSecondsIsTrustedOnlyWellBeforeTheRecord() throws IOException {
        // given a file system that keeps whole seconds, and a source changed in the second the record was made
        AddinProject project = project();
        Path plain = project.packageDirectory.resolve("Plain/Elements.xml");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        touch(plain, now);
        inject(project, AddinProject.registration());
        touch(stateFile(), now);

        // when
        InjectOutcome outcome = inject(project, AddinProject.registration());

        // then that source is read again; with its time well before the record, it would not be
        assertEquals(FILES - 1, outcome.upToDate());
        touch(plain, now.minusSeconds(10));
        inject(project, AddinProject.registration());
        touch(stateFile(), now);
        assertEquals(FILES, inject(project, AddinProject.registration()).upToDate());
    }

    @Test
    void theRecordHoldsNoSecretAndABrokenRecordIsIgnored() throws IOException {
        // given
        AddinProject project = project();
        inject(project, AddinProject.registration());
        String record = Files.readString(stateFile(), StandardCharsets.UTF_8);
        Files.writeString(stateFile(), record.substring(0, record.length() / 2) + "\tbroken\n");

        // when
        InjectOutcome outcome = inject(project, AddinProject.registration());

        // then
        assertFalse(record.contains(SECRET), "the secret is in the record");
        assertTrue(record.startsWith("# addin:inject state (format 1): delete this file to make the next inject read every file\nkey "),
                record);
        assertEquals(List.of(), errors(outcome));
        assertEquals(0, outcome.upToDate());
        assertEquals(record, Files.readString(stateFile(), StandardCharsets.UTF_8));
    }

    @Test
    void inPlaceTheNextRunSkipsTheSourcesTheFirstEdited() throws IOException {
        // given sources edited in place by a first run: each is its own output, recorded as it was written
        AddinProject project = project();
        InjectRequest request = new InjectRequest(dir, project.webConfig, project.appManifest, project.packageDirectory,
                project.outputDirectory, true, AddinProject.registration(), null, stateFile());
        AddinProject.inject(request);

        // when
        InjectOutcome second = AddinProject.inject(request);

        // then the manifest, web.config and the file with a token are skipped; the plain file is no output at all
        assertEquals(List.of(), errors(second));
        assertEquals(3, second.upToDate());
        assertEquals(0, second.copied());
        assertTrue(second.edited().stream().noneMatch(InjectOutcome.EditedFile::written));
        assertTrue(text(project.webConfig).contains("value=\"" + CLIENT_ID + "\""));
    }

    private static void touch(Path file, Instant time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
