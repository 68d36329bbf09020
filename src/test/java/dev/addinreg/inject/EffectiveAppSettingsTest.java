package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.SECRET;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.dotnet.DotNetAppSettings;

/**
 * inject writes each key where .NET's effective value comes from: into the file the appSettings {@code file}
 * attribute names when that file sets the key, else into the section; a value a later remove or clear would delete
 * is never written. Every file .NET reads goes to the output, byte for byte but for the values set, and .NET itself
 * reads the registration from the output.
 */
class EffectiveAppSettingsTest {
    /** As Provisioning.UX.App commits it: an empty section naming appSettings.config, which holds the values. */
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <!-- ALL APP SETTINGS ARE STORED IN AZURE/IIS CONFIG-->
              <appSettings file="appSettings.config">
              </appSettings>
              <system.web>
                <compilation debug="true" targetFramework="4.5" />
              </system.web>
            </configuration>
            """;
    private static final String APP_SETTINGS = """
            <appSettings>
              <add key="AutoApproveSites" value="true" />
              <add key="ClientId" value="ID" />
              <add key="ClientSecret" value="CLIENT" />
              <add key="SPHost" value="URL" />
            </appSettings>
            """;

    @TempDir
    Path dir;

    /** Writes {@code text} as Visual Studio does: UTF-8 with a byte-order mark, CRLF line endings. */
    private static byte[] visualStudio(String text) {
        return ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    private AddinProject project(String webConfig, String appSettings) throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.MANIFEST);
        Files.createDirectories(project.webConfig.getParent());
        Files.write(project.webConfig, visualStudio(webConfig));
        if (appSettings != null) {
            Files.write(project.webConfig.resolveSibling("appSettings.config"), visualStudio(appSettings));
        }
        return project;
    }

    @Test
    void keysTheFileAttributesFileSetsAreWrittenThereAndEveryFileGoesToTheOutput() throws IOException {
        // given
        AddinProject project = project(WEB_CONFIG, APP_SETTINGS);

        // when
        InjectOutcome outcome = project.inject();

        // then the file's entries get the values, the section is left as it is, and both files ship
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(visualStudio(APP_SETTINGS.replace("value=\"ID\"", "value=\"" + CLIENT_ID + "\"")
                .replace("value=\"CLIENT\"", "value=\"" + SECRET + "\"")), read(project.webOutput("appSettings.config")));
        assertArrayEquals(visualStudio(WEB_CONFIG), read(project.webOutput("Web.config")));
        assertEquals(List.of("src/main/webapp/appSettings.config -> target/addin/web/appSettings.config: ClientId set, ClientSecret set"),
                outcome.edited().stream().filter(f -> f.source().startsWith("src/main/webapp"))
                        .map(f -> f.source() + " -> " + f.target() + ": " + String.join(", ", f.changes())).toList());
        assertEquals(Map.of("ClientId", CLIENT_ID, "ClientSecret", DotNetAppSettings.secret(SECRET)),
                DotNetAppSettings.read(project.webOutput("Web.config")));
    }

    @Test
    void aKeyTheFileDoesNotSetGoesIntoTheSection() throws IOException {
        // given: the file sets ClientId only
        AddinProject project = project(WEB_CONFIG, APP_SETTINGS.replace("  <add key=\"ClientSecret\" value=\"CLIENT\" />\n", ""));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(visualStudio(WEB_CONFIG.replace("<appSettings file=\"appSettings.config\">\n",
                "<appSettings file=\"appSettings.config\">\n    <add key=\"ClientSecret\" value=\"" + SECRET + "\" />\n")),
                read(project.webOutput("Web.config")));
        assertEquals(Map.of("ClientId", CLIENT_ID, "ClientSecret", DotNetAppSettings.secret(SECRET)),
                DotNetAppSettings.read(project.webOutput("Web.config")));
    }

    @Test
    void aMissingFileAttributesFileLeavesTheSectionToHoldTheValues() throws IOException {
        // given: the section names a file that is not there (Azure or IIS holds it): .NET ignores it
        AddinProject project = project(WEB_CONFIG, null);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Map.of("ClientId", CLIENT_ID, "ClientSecret", DotNetAppSettings.secret(SECRET)),
                DotNetAppSettings.read(project.webOutput("Web.config")));
        assertFalse(Files.exists(project.webOutput("appSettings.config")));
    }

    @Test
    void aValueALaterClearWouldDeleteIsNotWrittenAndTheProblemNamesBothLines() throws IOException {
        // given: the file clears the section's entries and sets no ClientId or ClientSecret after
        AddinProject project = project(WEB_CONFIG.replace("<appSettings file=\"appSettings.config\">\n",
                "<appSettings file=\"appSettings.config\">\n    <add key=\"ClientId\" value=\"\" />\n"),
                "<appSettings>\n  <clear />\n  <add key=\"SPHost\" value=\"URL\" />\n</appSettings>\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(
                "src/main/webapp/Web.config:5 appSettings \"ClientId\": ClientId set here would be deleted by <clear/> at"
                        + " src/main/webapp/appSettings.config:2, so .NET would read no ClientId. Expected no <clear/> or"
                        + " <remove key=\"ClientId\"/> after the entry that sets it. Fix: remove the <clear/> at"
                        + " src/main/webapp/appSettings.config:2, or set ClientId after it in src/main/webapp/appSettings.config",
                "src/main/webapp/Web.config:4 appSettings: ClientSecret set here would be deleted by <clear/> at"
                        + " src/main/webapp/appSettings.config:2, so .NET would read no ClientSecret. Expected no <clear/> or"
                        + " <remove key=\"ClientSecret\"/> after the entry that sets it. Fix: remove the <clear/> at"
                        + " src/main/webapp/appSettings.config:2, or set ClientSecret after it in src/main/webapp/appSettings.config"),
                errors(outcome));
        assertFalse(Files.exists(project.outputDirectory), "nothing is written");
    }

    @Test
    void aValueALaterRemoveInTheSectionWouldDeleteIsNotWritten() throws IOException {
        // given
        AddinProject project = project(WEB_CONFIG.replace("<appSettings file=\"appSettings.config\">\n",
                "<appSettings>\n    <add key=\"ClientId\" value=\"\" />\n    <add key=\"ClientSecret\" value=\"\" />\n"
                        + "    <remove key=\"clientsecret\" />\n"), null);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Web.config:6 appSettings \"ClientSecret\": ClientSecret set here would be deleted by"
                + " <remove key=\"clientsecret\"/> at src/main/webapp/Web.config:7, so .NET would read no ClientSecret. Expected no"
                + " <clear/> or <remove key=\"ClientSecret\"/> after the entry that sets it. Fix: remove the"
                + " <remove key=\"clientsecret\"/> at src/main/webapp/Web.config:7, or set ClientSecret after it in"
                + " src/main/webapp/Web.config"), errors(outcome));
    }
}
