package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.InvalidValueException;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/**
 * An exception thrown while the canary secret is in scope carries it nowhere: not in its message, its
 * {@code toString()}, its cause chain, its suppressed exceptions or its printed stack trace.
 */
class SecretInExceptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {SECRET + "!", " " + SECRET, SECRET + "\n", SECRET + "A", "x" + SECRET, SECRET + "=="})
    void aRefusedSecretIsNotInTheFactorysException(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertNoSecret(e);
        assertFalse(e.at(dev.addinreg.registration.Severity.ERROR, "<clientSecret>").message().contains(SECRET));
    }

    @Test
    void aFailedWriteOfWebConfigDoesNotCarryTheSecret() throws IOException {
        // given the output web.config is a folder that is not empty: the move of the written temporary file fails
        AddinProject project = AddinProject.standard(dir);
        Path blocked = project.webOutput("Web.config");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("keep"), "a folder where the output should be");

        // when
        IOException e = assertThrows(IOException.class, project::inject);

        // then
        assertTrue(e.getMessage().startsWith("target/addin/web/Web.config: the file cannot be written ("), e.getMessage());
        assertNoSecret(e);
        try (Stream<Path> left = Files.list(blocked.getParent())) {
            assertEquals(List.of("Web.config"), left.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file holding the secret is left");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "\" /></appSettings>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "\" /><x></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "\" value=\"" + SECRET + "\" /></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "<\" /></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "&\" /></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET + "\u0001\" /></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\" value=\"" + SECRET,
        "<configuration><appSettings><add key=\"ClientSecret\" value=" + SECRET + " /></appSettings></configuration>",
        "<configuration><appSettings><add key=\"ClientSecret\">" + SECRET + "</ad></appSettings></configuration>",
    })
    void reParsingABrokenWebConfigWithTheSecretDoesNotCarryIt(String edited) {
        // when the text an edit made is read back and is not well-formed
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlFile.parse("target/addin/web/Web.config",
                edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        // then
        assertNoSecret(e);
        assertTrue(e.getMessage().startsWith("target/addin/web/Web.config:1:"), e.getMessage());
    }

    @Test
    void aBrokenConfigSourceReadWhileTheSecretIsPlannedDoesNotCarryIt() throws IOException {
        // given web.config moves appSettings to a file that is broken
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG.replaceAll("(?s)<appSettings>.*</appSettings>",
                "<appSettings configSource=\"secrets.config\" />"));
        project.write(project.webConfig.resolveSibling("secrets.config"),
                "<appSettings><add key=\"ClientSecret\" value=\"\" /><add key=\"ClientId\" value=\"*\" ></appSettings>");

        // when
        InjectOutcome outcome = project.inject();

        // then
        List<String> errors = outcome.findings().errors().stream().map(Problem::message).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertFalse(outcome.toString().contains(SECRET), "the outcome shows no secret");
    }

    /** Fails if the secret is in any text the throwable or anything it holds shows. */
    static void assertNoSecret(Throwable thrown) {
        List<String> leaks = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(thrown);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            for (String text : new String[] {t.getMessage(), t.getLocalizedMessage(), t.toString()}) {
                if (text != null && text.contains(SECRET)) {
                    leaks.add(t.getClass().getName() + ": " + text.replace(SECRET, "<the secret>"));
                }
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        StringWriter printed = new StringWriter();
        thrown.printStackTrace(new PrintWriter(printed));
        if (printed.toString().contains(SECRET)) {
            leaks.add("the printed stack trace");
        }
        assertEquals(List.of(), leaks, "the secret is carried by");
    }
}
