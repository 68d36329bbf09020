package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The appSettings of a web.config, or of the file its configSource names, matched by key as .NET does. */
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

    @TempDir
    Path folder;

    /** Writes {@code text} as Visual Studio does (UTF-8 with a byte-order mark, CRLF) and reads it. */
    private Optional<AppSettings> read(String text) throws IOException, XmlFileException {
        Path file = folder.resolve("Web.config");
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        return AppSettings.of(XmlFile.parse("src/main/webapp/Web.config", Files.readAllBytes(file)));
    }

    @Test
    void entriesOfAWebConfigWithTheirValuesAndLines() throws Exception {
        // when
        AppSettings settings = read(WEB_CONFIG).orElseThrow();

        // then
        assertEquals(11, settings.line());
        assertEquals(Optional.empty(), settings.configSource());
        assertEquals(List.of(new AppSettings.Entry("ClientId", Optional.of("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"), 12)),
                settings.entries("ClientId"));
        assertEquals(List.of(new AppSettings.Entry("ClientSecret", Optional.of(""), 13)), settings.entries("ClientSecret"));
        assertEquals(List.of(), settings.entries("SecondaryClientSecret"));
    }

    @Test
    void keysMatchIgnoringCaseAsDotNetDoes() throws Exception {
        // given
        String text = WEB_CONFIG.replace("key=\"ClientId\"", "key=\"CLIENTID\"");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(new AppSettings.Entry("clientid", Optional.of("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"), 12)),
                settings.entries("clientid"));
    }

    @Test
    void everyEntryOfARepeatedKeyIsGivenInOrder() throws Exception {
        // given
        String text = WEB_CONFIG.replace("    <add key=\"ClientSecret\" value=\"\" />\n",
                "    <add key=\"ClientSecret\" value=\"\" />\n    <add key=\"clientSecret\" value=\"x\" />\n");

        // when
        List<AppSettings.Entry> entries = read(text).orElseThrow().entries("ClientSecret");

        // then
        assertEquals(List.of(new AppSettings.Entry("ClientSecret", Optional.of(""), 13),
                new AppSettings.Entry("ClientSecret", Optional.of("x"), 14)), entries);
    }

    @Test
    void anEntryWithoutValueAttributeHasNoValueAndOneWithoutKeyIsIgnored() throws Exception {
        // given
        String text = WEB_CONFIG.replace("<add key=\"ClientSecret\" value=\"\" />", "<add key=\"ClientSecret\" /><add value=\"x\" />");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(new AppSettings.Entry("ClientSecret", Optional.empty(), 13)), settings.entries("ClientSecret"));
    }

    @Test
    void valuesAreUnescapedAndSingleQuotesWork() throws Exception {
        // given
        String text = WEB_CONFIG.replace("<add key=\"ClientSecret\" value=\"\" />", "<add key='Title' value='Orders &amp; &quot;Returns&quot;' />");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(List.of(new AppSettings.Entry("Title", Optional.of("Orders & \"Returns\""), 13)), settings.entries("Title"));
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
        assertEquals(List.of(), settings.entries("ClientSecret"));
    }

    @Test
    void webConfigWithoutAppSettingsHasNone() throws Exception {
        // given
        String text = WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n", "");

        // when / then
        assertEquals(Optional.empty(), read(text));
    }

    @Test
    void configSourceIsGivenWithForwardSlashes() throws Exception {
        // given: Visual Studio writes Windows separators
        String text = WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"config\\\\AppSettings.config\" />\n");

        // when
        AppSettings settings = read(text).orElseThrow();

        // then
        assertEquals(Optional.of("config/AppSettings.config"), settings.configSource());
        assertEquals(11, settings.line());
        assertEquals(List.of(), settings.entries("ClientId"));
    }

    @Test
    void fileWhoseRootIsAppSettingsIsTheSectionItself() throws Exception {
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
        assertTrue(settings.configSource().isEmpty());
        assertEquals(List.of(new AppSettings.Entry("ClientId", Optional.of("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"), 3)),
                settings.entries("ClientId"));
    }

    @Test
    void fileWithAnotherRootAndNoAppSettingsHasNone() throws Exception {
        // given
        String text = """
                <?xml version="1.0" encoding="utf-8"?>
                <settings>
                  <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                </settings>
                """;

        // when / then
        assertEquals(Optional.empty(), read(text));
    }
}
