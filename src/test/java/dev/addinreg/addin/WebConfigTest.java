package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.dotnet.DotNetAppSettings;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * What .NET reads from a web.config's appSettings, across the section, its configSource file and its file= file,
 * with add, remove and clear: the plugin's model against .NET's own reading ({@link DotNetAppSettings}, through Mono).
 */
class WebConfigTest {
    @TempDir
    Path project;

    private final Findings findings = new Findings();

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve("web").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String config(String appSettings) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n" + appSettings + "\n</configuration>\n";
    }

    private Optional<WebConfig> read(Path webConfig) throws IOException {
        AddinFileReader reader = new AddinFileReader(project);
        return WebConfig.read(webConfig, reader, (file, namedBy) -> reader.read(file, findings, "the file " + namedBy + " names",
                "correct " + namedBy, "point " + namedBy + " at the file"), findings);
    }

    /** What the plugin's model reads for ClientId and ClientSecret, shown as the .NET reader shows them. */
    private Map<String, String> plugin(WebConfig web) {
        Map<String, String> read = new LinkedHashMap<>();
        web.effective("ClientId").flatMap(WebConfig.Value::value).ifPresent(value -> read.put("ClientId", value));
        web.effective("ClientSecret").flatMap(WebConfig.Value::value)
                .ifPresent(value -> read.put("ClientSecret", DotNetAppSettings.secret(value)));
        return read;
    }

    private static Map<String, String> dotNet(Path webConfig) {
        return DotNetAppSettings.read(webConfig, List.of("ClientId", "ClientSecret"));
    }

    private List<String> messages() {
        return findings.all().stream().map(Problem::toString).toList();
    }

    @Test
    void theFileAttributesFileIsReadAfterTheSectionAndItsKeysWin() throws IOException {
        // given: the section sets both keys, the file sets ClientId again, in another case
        Path webConfig = write("Web.config", config("""
                  <appSettings file="appSettings.config">
                    <add key="ClientId" value="section-id" />
                    <add key="ClientSecret" value="c2VjdGlvbg==" />
                  </appSettings>"""));
        write("appSettings.config", "<appSettings>\n  <add key=\"clientid\" value=\"file-id\" />\n</appSettings>\n");

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientId", "file-id", "ClientSecret", DotNetAppSettings.secret("c2VjdGlvbg==")), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
        WebConfig.Value id = web.effective("ClientId").orElseThrow();
        assertEquals("web/appSettings.config:2", id.add().where());
        assertEquals(List.of("web/Web.config:4"), id.overridden().stream().map(AppSettings.Entry::where).toList());
        assertEquals(List.of(), messages());
    }

    @Test
    void aMissingFileAttributesFileIsIgnored() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <appSettings file="appSettings.config">
                    <add key="ClientId" value="section-id" />
                  </appSettings>"""));

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientId", "section-id"), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
        assertEquals(1, web.parts().size());
        assertEquals(List.of(), messages());
    }

    @Test
    void configSourceReplacesTheSectionAndItsFileAttributeIsResolvedBesideWebConfig() throws IOException {
        // given: the configSource file lies in a folder, and names a file that lies beside web.config
        Path webConfig = write("Web.config", config("  <appSettings configSource=\"config\\AppSettings.config\" />"));
        write("config/AppSettings.config", """
                <appSettings file="secrets.config">
                  <add key="ClientId" value="source-id" />
                  <add key="ClientSecret" value="c291cmNl" />
                </appSettings>
                """);
        write("secrets.config", "<appSettings>\n  <add key=\"ClientSecret\" value=\"c2VjcmV0cw==\" />\n</appSettings>\n");

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientId", "source-id", "ClientSecret", DotNetAppSettings.secret("c2VjcmV0cw==")), plugin(web));
        assertEquals(List.of("web/config/AppSettings.config", "web/secrets.config"),
                web.parts().stream().map(part -> part.xml().name()).toList());
        // Mono on Linux takes the Windows separator in configSource as a name: .NET reads it as a folder
        Files.writeString(webConfig, config("  <appSettings configSource=\"config/AppSettings.config\" />"));
        assertEquals(dotNet(webConfig), plugin(read(webConfig).orElseThrow()));
    }

    @Test
    void removeDeletesAKeyAndClearEveryKeySoFar() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <appSettings>
                    <add key="ClientId" value="first" />
                    <add key="ClientSecret" value="Zmlyc3Q=" />
                    <remove key="ClientId" />
                    <clear />
                    <add key="ClientSecret" value="YWZ0ZXI=" />
                  </appSettings>"""));

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientSecret", DotNetAppSettings.secret("YWZ0ZXI=")), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
        WebConfig.Deleted deleted = web.deleted("ClientId").orElseThrow();
        assertEquals("web/Web.config:4", deleted.add().where());
        assertEquals("web/Web.config:6 <remove key=\"ClientId\"/>", deleted.by().where() + " " + deleted.by().tag());
    }

    @Test
    void aRemoveMatchesKeysWithoutRegardToCaseAsDotNetFrameworkDoesThoughMonoDoesNot() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <appSettings>
                    <add key="ClientId" value="first" />
                    <remove key="clientid" />
                  </appSettings>"""));

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then .NET Framework's documented behaviour: keys match without regard to case, so the remove deletes it
        assertEquals(Map.of(), plugin(web));
        // Mono ignores a remove whose key differs in case: the known difference, pinned here
        assertEquals(Map.of("ClientId", "first"), dotNet(webConfig));
    }

    @Test
    void aClearInTheFileAttributesFileDeletesTheSectionsKeys() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <appSettings file="appSettings.config">
                    <add key="ClientId" value="section-id" />
                    <add key="ClientSecret" value="c2VjdGlvbg==" />
                  </appSettings>"""));
        write("appSettings.config", "<appSettings>\n  <clear />\n  <add key=\"ClientId\" value=\"file-id\" />\n</appSettings>\n");

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientId", "file-id"), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
        assertEquals("web/appSettings.config:2", web.deleted("ClientSecret").orElseThrow().by().where());
        WebConfig.Part section = web.section().orElseThrow();
        assertEquals(Optional.of("web/appSettings.config:2"), web.deletion(section, section.settings().entries().size(), "ClientSecret")
                .map(AppSettings.Entry::where));
    }

    @Test
    void aLaterAddOfTheSameKeyReplacesAnEarlierOne() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <appSettings>
                    <add key="ClientId" value="first" />
                    <add key="CLIENTID" value="second" />
                  </appSettings>"""));

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientId", "second"), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
    }

    @Test
    void aLocationsAppSettingsApplyToAnotherPathAndSaySo() throws IOException {
        // given
        Path webConfig = write("Web.config", config("""
                  <location path="admin">
                    <appSettings>
                      <add key="ClientId" value="admin-id" />
                      <add key="Theme" value="dark" />
                    </appSettings>
                  </location>
                  <appSettings>
                    <add key="ClientSecret" value="cm9vdA==" />
                  </appSettings>"""));

        // when
        WebConfig web = read(webConfig).orElseThrow();

        // then
        assertEquals(Map.of("ClientSecret", DotNetAppSettings.secret("cm9vdA==")), plugin(web));
        assertEquals(dotNet(webConfig), plugin(web));
        assertEquals(List.of("WARNING web/Web.config:5 <location path=\"admin\"> appSettings \"ClientId\": ClientId here applies to the"
                + " path admin, not to the application, whose appSettings TokenHelper reads. Expected ClientId in"
                + " configuration/appSettings. Fix: move the entry to configuration/appSettings, where addin:inject sets it, or"
                + " remove it"), messages());
    }

    @Test
    void whatDotNetRefusesIsAProblem() throws IOException {
        // given: a configSource beside entries, a file outside the web folder, a file whose root is not appSettings
        Path beside = write("Beside.config", config("  <appSettings configSource=\"a.config\">\n    <add key=\"x\" value=\"y\" />\n"
                + "  </appSettings>"));
        Path outside = write("Outside.config", config("  <appSettings file=\"../secrets.config\" />"));
        Path wrongRoot = write("WrongRoot.config", config("  <appSettings file=\"wrong.config\" />"));
        write("wrong.config", "<configuration><appSettings /></configuration>");
        Path missing = write("Missing.config", config("  <appSettings configSource=\"none.config\" />"));

        // when
        for (Path webConfig : List.of(beside, outside, wrongRoot, missing)) {
            assertTrue(read(webConfig).isEmpty(), webConfig.toString());
        }

        // then
        assertEquals(List.of(
                "ERROR web/Beside.config:3: appSettings names a configSource and also holds entries or a file attribute. Expected"
                        + " <appSettings configSource=\"a.config\" /> alone, as .NET requires. Fix: move the entries, and the file"
                        + " attribute, into a.config",
                "ERROR web/Outside.config:3: appSettings file points outside the web application's folder. Found"
                        + " file=\"../secrets.config\"; expected a file in or below web. Fix: keep the appSettings file in the web"
                        + " application's folder, which is what is deployed",
                "ERROR web/wrong.config:1: the root element is <configuration>. Found <configuration>; expected <appSettings>, as in"
                        + " a file named by appSettings file. Fix: make the file hold the appSettings section itself",
                "ERROR web/none.config: the file does not exist. Expected the file appSettings configSource of web/Missing.config"
                        + " names. Fix: correct appSettings configSource of web/Missing.config"), messages());
    }
}
