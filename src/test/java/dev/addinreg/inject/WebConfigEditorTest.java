package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.SECONDARY_SECRET;
import static dev.addinreg.inject.AddinProject.SECRET;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static dev.addinreg.inject.AddinProject.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.xml.XmlFile;

/**
 * web.config editing, byte for byte: each case under {@code src/test/resources/inject/<case>/} holds the source
 * {@code Web.config} and {@code Web.expected.config}, the exact bytes the processed copy must have.
 */
class WebConfigEditorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bom-crlf-tabs", "lf-spaces", "utf16le-bom", "single-quoted", "add-two-lines",
            "missing-client-secret", "no-appsettings", "appsettings-self-closing", "commented-client-id", "keys-ignoring-case"})
    void setsClientIdAndSecretChangingNoOtherByte(String name) throws IOException {
        // given
        AddinProject project = projectWith(name);
        byte[] source = read(project.webConfig);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(resource("inject/" + name + "/Web.expected.config"), read(project.webOutput("Web.config")));
        assertArrayEquals(source, read(project.webConfig), "the source is never modified");
    }

    @Test
    void visualStudioFileReportsWhatWasSet() throws IOException {
        // given
        AddinProject project = projectWith("bom-crlf-tabs");

        // when
        InjectOutcome outcome = project.inject();

        // then
        InjectOutcome.EditedFile webConfig = edited(outcome, "src/main/webapp/Web.config");
        assertEquals("target/addin/web/Web.config", webConfig.target());
        assertEquals(List.of("ClientId set", "ClientSecret set"), webConfig.changes());
        assertEquals(List.of("8:30 value of ClientId", "9:34 value of ClientSecret"), webConfig.positions());
        assertTrue(webConfig.written());
    }

    @Test
    void missingSecretIsANewLineAfterTheLastAdd() throws IOException {
        // given
        AddinProject project = projectWith("missing-client-secret");

        // when
        InjectOutcome outcome = project.inject();

        // then
        InjectOutcome.EditedFile webConfig = edited(outcome, "src/main/webapp/Web.config");
        assertEquals(List.of("ClientId set", "ClientSecret set"), webConfig.changes());
        assertEquals(List.of("4:34 value of ClientId", "5:74 new entries [ClientSecret]"), webConfig.positions());
    }

    @Test
    void missingSectionIsCreatedUnderConfiguration() throws IOException {
        // given
        AddinProject project = projectWith("no-appsettings");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("ClientId set", "ClientSecret set", "appSettings added"),
                edited(outcome, "src/main/webapp/Web.config").changes());
    }

    @Test
    void configSourceFileGetsTheSettingsAndWebConfigIsCopiedUnchanged() throws IOException {
        // given
        AddinProject project = projectWith("config-source");
        Path section = project.copyResource("inject/config-source/Secrets.config", project.webConfig.resolveSibling("Secrets.config"));
        byte[] webConfigSource = read(project.webConfig);
        byte[] sectionSource = read(section);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(resource("inject/config-source/Secrets.expected.config"), read(project.webOutput("Secrets.config")));
        assertArrayEquals(webConfigSource, read(project.webOutput("Web.config")));
        InjectOutcome.EditedFile edited = edited(outcome, "src/main/webapp/Secrets.config");
        assertEquals("target/addin/web/Secrets.config", edited.target());
        assertEquals(List.of("ClientId set", "ClientSecret set"), edited.changes());
        assertTrue(outcome.edited().stream().noneMatch(file -> file.source().endsWith("Web.config")),
                "Web.config itself holds no value to set");
        assertArrayEquals(webConfigSource, read(project.webConfig));
        assertArrayEquals(sectionSource, read(section));
    }

    @Test
    void configSourceWrittenWithWindowsSeparatorsIsFound() throws IOException {
        // given: Visual Studio writes configSource="Config\Secrets.config"
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, """
                <configuration>
                  <appSettings configSource="Config\\Secrets.config" />
                </configuration>
                """);
        Path section = project.webConfig.resolveSibling("Config/Secrets.config");
        project.write(section, "<appSettings>\n  <add key=\"ClientId\" value=\"\" />\n  <add key=\"ClientSecret\" value=\"\" />\n</appSettings>\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals("target/addin/web/Config/Secrets.config", edited(outcome, "src/main/webapp/Config/Secrets.config").target());
    }

    @Test
    void configSourceInPlaceEditsOnlyTheNamedFile() throws IOException {
        // given
        AddinProject project = projectWith("config-source");
        Path section = project.copyResource("inject/config-source/Secrets.config", project.webConfig.resolveSibling("Secrets.config"));
        byte[] webConfigSource = read(project.webConfig);

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(true, AddinProject.registration()));

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(resource("inject/config-source/Secrets.expected.config"), read(section));
        assertArrayEquals(webConfigSource, read(project.webConfig));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void configSourceOutsideTheWebApplicationFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, """
                <configuration>
                  <appSettings configSource="../../Secrets.config" />
                </configuration>
                """);
        project.write(dir.resolve("src/Secrets.config"), "<appSettings />");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Web.config:2: appSettings configSource points outside the web application's folder."
                + " Found configSource=\"../../Secrets.config\"; expected a file in or below src/main/webapp."
                + " Fix: keep the appSettings file beside Web.config, as .NET requires"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void configSourceFileWithAnotherRootFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, """
                <configuration>
                  <appSettings configSource="Secrets.config" />
                </configuration>
                """);
        project.write(project.webConfig.resolveSibling("Secrets.config"), "<?xml version=\"1.0\"?>\n<configuration />\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Secrets.config:2: the root element is <configuration>. Found <configuration>;"
                + " expected <appSettings>, as in a file named by appSettings configSource."
                + " Fix: make the file hold the appSettings section itself"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void commentedOutEntriesStayAsTheyAre() throws IOException {
        // given
        AddinProject project = projectWith("commented-client-id");

        // when
        project.inject();

        // then
        String output = new String(read(project.webOutput("Web.config")), StandardCharsets.UTF_8);
        assertTrue(output.contains("<!-- production: <add key=\"ClientId\" value=\"11111111-2222-3333-4444-555555555555\" /> -->"));
        assertEquals(1, output.split(CLIENT_ID, -1).length - 1, "the client ID is written once, in the real entry");
    }

    @Test
    void duplicateKeyFailsWithBothLinesAndWritesNothing() throws IOException {
        // given
        AddinProject project = projectWith("duplicate-key");
        byte[] source = read(project.webConfig);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(1, outcome.findings().errors().size());
        assertEquals("src/main/webapp/Web.config:4 and 6", outcome.findings().errors().get(0).where());
        assertEquals(List.of("src/main/webapp/Web.config:4 and 6: appSettings key \"ClientId\" is set 2 times."
                + " Expected one <add key=\"ClientId\"> entry. Fix: remove all but one; .NET would use the last one silently"),
                errors(outcome));
        assertEquals(List.of(), outcome.edited());
        assertFalse(Files.exists(project.outputDirectory), "nothing is written when a file is wrong");
        assertArrayEquals(source, read(project.webConfig));
    }

    @Test
    void twoAppSettingsSectionsFail() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, """
                <configuration>
                  <appSettings />
                  <system.web />
                  <appSettings>
                    <add key="ClientId" value="*" />
                  </appSettings>
                </configuration>
                """);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Web.config:2 and 4: appSettings appears 2 times."
                + " Expected one appSettings section under configuration. Fix: merge the sections into one"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void rootOtherThanConfigurationFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, "<?xml version=\"1.0\"?>\n<appSettings>\n</appSettings>\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Web.config:2: the root element is <appSettings>. Found <appSettings>;"
                + " expected <configuration>, as in every web.config. Fix: point webConfig at the web application's Web.config"),
                errors(outcome));
    }

    @Test
    void secondarySecretIsAddedAfterThePrimary() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        Registration rotating = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AddinProject.secret(SecretRole.PRIMARY, SECRET)),
                Optional.of(AddinProject.secret(SecretRole.SECONDARY, SECONDARY_SECRET)));

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, rotating));

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="ClientId" value="%s" />
                    <add key="ClientSecret" value="%s" />
                    <add key="SecondaryClientSecret" value="%s" />
                  </appSettings>
                </configuration>
                """.formatted(CLIENT_ID, SECRET, SECONDARY_SECRET),
                new String(read(project.webOutput("Web.config")), StandardCharsets.UTF_8));
    }

    @Test
    void entryWithoutValueGetsOneInTheKeysQuotes() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, """
                <configuration>
                  <appSettings>
                    <add key='ClientId'/>
                    <add key="ClientSecret" />
                  </appSettings>
                </configuration>
                """);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals("""
                <configuration>
                  <appSettings>
                    <add key='ClientId' value='%s'/>
                    <add key="ClientSecret" value="%s" />
                  </appSettings>
                </configuration>
                """.formatted(CLIENT_ID, SECRET), new String(read(project.webOutput("Web.config")), StandardCharsets.UTF_8));
    }

    @Test
    void valuesAlreadySetAreReportedAndLeft() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String text = AddinProject.WEB_CONFIG.replace("value=\"*\"", "value=\"" + CLIENT_ID + "\"")
                .replace("value=\"\"", "value=\"" + SECRET + "\"");
        project.write(project.webConfig, text);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("ClientId already set", "ClientSecret already set"),
                edited(outcome, "src/main/webapp/Web.config").changes());
        assertEquals(text, new String(read(project.webOutput("Web.config")), StandardCharsets.UTF_8));
    }

    @Test
    void escapesValuesForTheQuotesTheyStandIn() throws Exception {
        // given a value that needs escaping (registration values never do, so the editor is called directly)
        String value = "Tom & \"Jerry\" <tj>'s";
        WebConfig web = webConfig(resource("inject/escaping/Web.config"));
        Findings findings = new Findings();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DoubleQuoted", value);
        settings.put("SingleQuoted", value);
        settings.put("Added", value);

        // when
        Map<WebConfig.Part, FileEdit> edits = WebConfigEditor.plan(web, settings, findings);
        byte[] output = edits.get(web.webConfig()).result();

        // then
        assertEquals(List.of(web.webConfig()), List.copyOf(edits.keySet()));
        assertTrue(findings.isEmpty());
        assertArrayEquals(resource("inject/escaping/Web.expected.config"), output);
        Element section = XmlFile.parse("Web.config", output).root().element("appSettings");
        for (String key : List.of("DoubleQuoted", "SingleQuoted", "Added")) {
            Element add = section.elements("add").stream().filter(e -> key.equals(e.attributeValue("key"))).findFirst().orElseThrow();
            assertEquals(value, add.attributeValue("value"), key);
        }
        assertEquals("a & b < c", section.elements("add").get(0).attributeValue("value"));
    }

    @Test
    void newSectionEscapesValuesInDoubleQuotes() throws Exception {
        // given
        String value = "Tom & \"Jerry\" <tj>'s";
        WebConfig web = webConfig("<configuration>\n  <system.web />\n</configuration>\n".getBytes(StandardCharsets.UTF_8));
        Findings findings = new Findings();

        // when
        FileEdit edit = WebConfigEditor.plan(web, Map.of("Motto", value), findings).get(web.webConfig());

        // then
        assertEquals("""
                <configuration>
                  <system.web />
                  <appSettings>
                    <add key="Motto" value="Tom &amp; &quot;Jerry&quot; &lt;tj&gt;'s" />
                  </appSettings>
                </configuration>
                """, new String(edit.result(), StandardCharsets.UTF_8));
        XmlFile edited = XmlFile.parse("Web.config", edit.result());
        assertEquals(value, edited.root().element("appSettings").element("add").attributeValue("value"));
    }

    /** A web.config of these bytes, read as inject reads it. */
    private WebConfig webConfig(byte[] bytes) throws IOException {
        Path file = Files.createDirectories(dir.resolve("web")).resolve("Web.config");
        Files.write(file, bytes);
        AddinFileReader reader = new AddinFileReader(dir);
        Findings findings = new Findings();
        return WebConfig.read(file, reader, (f, namedBy) -> reader.read(f, findings, namedBy, namedBy, namedBy), findings).orElseThrow();
    }

    private AddinProject projectWith(String name) {
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.MANIFEST);
        project.copyResource("inject/" + name + "/Web.config", project.webConfig);
        return project;
    }

    private static InjectOutcome.EditedFile edited(InjectOutcome outcome, String source) {
        return outcome.edited().stream().filter(file -> file.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no edited file " + source + " in " + outcome.edited()));
    }
}
