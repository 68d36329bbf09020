package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/** One appSettings section as a file writes it: its add, remove and clear entries in order, each with its line. */
class AppSettingsTest {
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <!--
              For more information on how to configure your ASP.NET application, please visit
              http://go.microsoft.com/fwlink/?LinkId=169433
              -->
            <configuration>
              <system.web>
                <compilation debug="true" targetFramework="4.5" />
                <httpRuntime targetFramework="4.5" />
              </system.web>
              <appSettings>
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="ClientSecret" value="" />
              </appSettings>
            </configuration>
            """;
    private static final String NAME = "src/main/webapp/Web.config";

    @TempDir
    Path folder;

    /** Writes {@code text} as Visual Studio does (UTF-8 with a byte-order mark, CRLF) and reads its appSettings section. */
    private Optional<AppSettings> read(String text) throws IOException, XmlFileException {
        Path file = folder.resolve("Web.config");
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        XmlFile xml = XmlFile.parse(NAME, Files.readAllBytes(file));
        return AppSettings.section(xml.root()).map(section -> AppSettings.of(xml, section));
    }

    private static List<String> shown(List<AppSettings.Entry> entries) {
        return entries.stream().map(e -> e.where() + " " + e.kind() + " " + e.key() + " " + e.value().orElse("(no value)")).toList();
    }

    @Test
    void entriesOfAWebConfigWithTheirValuesAndLines() throws Exception {
        // when
        AppSettings settings = read(WEB_CONFIG).orElseThrow();

        // then
        assertEquals(11, settings.line());
        assertEquals(NAME, settings.file());
        assertEquals(Optional.empty(), settings.path("configSource"));
        assertEquals(List.of(NAME + ":12 ADD ClientId 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba", NAME + ":13 ADD ClientSecret "),
                shown(settings.entries()));
        assertEquals(List.of(), settings.adds("SecondaryClientSecret"));
    }

    @Test
    void keysMatchIgnoringCaseAsDotNetDoes() throws Exception {
        // given
        String text = WEB_CONFIG.replace("key=\"ClientId\"", "key=\"CLIENTID\"");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(NAME + ":12 ADD CLIENTID 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"), shown(settings.adds("clientid")));
        assertTrue(settings.adds("clientid").get(0).adds("ClientId"));
    }

    @Test
    void removeAndClearAreEntriesInTheirPlace() throws Exception {
        // given
        String text = WEB_CONFIG.replace("    <add key=\"ClientSecret\" value=\"\" />\n",
                "    <remove key=\"clientid\" />\n    <clear />\n    <add key=\"ClientSecret\" />\n");

        // when
        List<AppSettings.Entry> entries = read(text).orElseThrow().entries();

        // then
        assertEquals(List.of(NAME + ":12 ADD ClientId 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba", NAME + ":13 REMOVE clientid (no value)",
                NAME + ":14 CLEAR null (no value)", NAME + ":15 ADD ClientSecret (no value)"), shown(entries));
        assertTrue(entries.get(1).deletes("ClientId"), "a remove matches keys ignoring case");
        assertFalse(entries.get(1).deletes("ClientSecret"));
        assertTrue(entries.get(2).deletes("anything"));
        assertEquals("<remove key=\"clientid\"/>", entries.get(1).tag());
        assertEquals("<clear/>", entries.get(2).tag());
    }

    @Test
    void valuesAreUnescapedAndSingleQuotesWork() throws Exception {
        // given
        String text = WEB_CONFIG.replace("<add key=\"ClientSecret\" value=\"\" />", "<add key='Title' value='Orders &amp; &quot;Returns&quot;' />");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(NAME + ":13 ADD Title Orders & \"Returns\""), shown(settings.adds("Title")));
    }

    @Test
    void entriesInCommentsAndOtherSectionsDoNotCount() throws Exception {
        // given
        String text = WEB_CONFIG
                .replace("    <add key=\"ClientSecret\" value=\"\" />\n", "    <!-- <add key=\"ClientSecret\" value=\"old\" /> -->\n")
                .replace("  <system.web>\n", "  <system.web>\n    <add key=\"ClientSecret\" value=\"elsewhere\" />\n");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(), settings.adds("ClientSecret"));
    }

    @Test
    void webConfigWithoutAppSettingsHasNone() throws Exception {
        // given
        String text = WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n", "");

        // when / then
        assertEquals(Optional.empty(), read(text));
    }

    @Test
    void pathsTheSectionNamesAreGivenWithForwardSlashes() throws Exception {
        // given: Visual Studio writes Windows separators
        String text = WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"config\\\\AppSettings.config\" file=\"secrets\\\\web.secrets.config\" />\n");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(Optional.of("config/AppSettings.config"), settings.path("configSource"));
        assertEquals(Optional.of("secrets/web.secrets.config"), settings.path("file"));
        assertEquals(11, settings.line());
        assertEquals(List.of(), settings.entries());
    }

    @Test
    void aFileWhoseRootIsAppSettingsIsTheSectionItself() throws Exception {
        // given: the file a configSource names
        String text = """
                <?xml version="1.0" encoding="utf-8"?>
                <appSettings>
                  <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                </appSettings>
                """;

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(2, settings.line());
        assertEquals(List.of(NAME + ":3 ADD ClientId 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"), shown(settings.entries()));
    }

    @Test
    void aFileInTheWebFolderResolvesAndOneOutsideDoesNot() {
        // given
        Path webConfig = folder.resolve("web/Web.config");

        // when / then
        assertEquals(Optional.of(folder.resolve("web/config/App.config").toAbsolutePath()), AppSettings.resolve(webConfig, "config\\App.config"));
        assertEquals(Optional.empty(), AppSettings.resolve(webConfig, "../App.config"));
    }
}
