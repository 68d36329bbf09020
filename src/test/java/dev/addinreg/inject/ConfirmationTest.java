package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dom4j.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.registration.Findings;
import dev.addinreg.xml.XmlFile;

class ConfirmationTest {
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
              <appSettings>
                <add key="ClientId" value="*" xdt:Transform="Replace" />
              </appSettings>
              <system.web />
            </configuration>
            """;

    private static FileEdit edit(String replacement) throws Exception {
        FileEdit edit = new FileEdit(XmlFile.parse("Web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8)));
        int value = WEB_CONFIG.indexOf("\"*\"") + 1;
        edit.replace(value, value + 1, replacement, "value of ClientId");
        return edit;
    }

    @Test
    void dotNetMustReadTheValuesSetFromTheEditedFiles(@TempDir Path dir) throws Exception {
        // given a web.config whose file= file sets ClientId after the section, and an edit of the section only
        Path webConfig = Files.writeString(dir.resolve("Web.config"), WEB_CONFIG.replace("<appSettings>",
                "<appSettings file=\"appSettings.config\">"));
        Files.writeString(dir.resolve("appSettings.config"), "<appSettings><add key=\"ClientId\" value=\"file\" /></appSettings>");
        AddinFileReader reader = new AddinFileReader(dir);
        Findings findings = new Findings();
        WebConfig web = WebConfig.read(webConfig, reader, (f, namedBy) -> reader.read(f, findings, namedBy, namedBy, namedBy),
                findings).orElseThrow();
        FileEdit edit = new FileEdit(web.webConfig().xml());
        int value = Files.readString(webConfig).indexOf("\"*\"") + 1;
        edit.replace(value, value + 1, "6a3601b7", "value of ClientId");
        Map<Path, byte[]> edited = Map.of(webConfig, edit.result());

        // when / then: .NET reads the file's ClientId, not the one set
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Confirmation.requireEffective(web, edited, Map.of("ClientId", "6a3601b7")));
        assertEquals("the edited Web.config does not make .NET read the value set for ClientId", e.getMessage());
        Confirmation.requireEffective(web, edited, Map.of("ClientId", "file"));
    }

    @Test
    void anEditThatBreaksTheMarkupIsThePluginsError() throws Exception {
        // given an edit that leaves a '<' in an attribute value
        FileEdit edit = edit("a<b");

        // when / then: an internal error, never the user's file
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Confirmation.parse("Web.config", edit.result()));
        assertEquals("the edited text of Web.config is not well-formed: Web.config:4:33", e.getMessage());
    }

    @Test
    void aTokenLeftInTextOrAnAttributeIsThePluginsError() throws Exception {
        // given
        Document inText = Confirmation.parse("Elements.xml", "<a><b>~remoteAppUrl/x</b></a>".getBytes(StandardCharsets.UTF_8));
        Document inAttribute = Confirmation.parse("Elements.xml", "<a><b c=\"~remoteAppUrl\"/></a>".getBytes(StandardCharsets.UTF_8));
        Document inComment = Confirmation.parse("Elements.xml", "<a><!-- ~remoteAppUrl --><b/></a>".getBytes(StandardCharsets.UTF_8));

        // when / then
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Confirmation.requireNoToken("Elements.xml", inText));
        assertEquals("~remoteAppUrl is left in the edited text of Elements.xml", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Confirmation.requireNoToken("Elements.xml", inAttribute));
        Confirmation.requireNoToken("Elements.xml", inComment);
    }
}
