package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlFileException;

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

    @Test
    void readSettingsReadsTheEditedEntriesWithTheRootsNamespaces() throws Exception {
        // given the value of ClientId set, in a section whose attributes use a prefix the root declares
        ParsedXml parsed = ParsedXml.of("Web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
        FileEdit edit = new FileEdit(parsed.tree());
        int value = WEB_CONFIG.indexOf("\"*\"") + 1;
        edit.replace(value, value + 1, "6a3601b7", "value of ClientId");

        // when
        Confirmation confirmed = Confirmation.readSettings("Web.config", parsed, edit, edit.resultBytes(parsed.source()));

        // then
        assertEquals(List.of(new Confirmation.Entry("ClientId", "6a3601b7")), confirmed.appSettings().orElseThrow());
        assertEquals("configuration", confirmed.root());
    }

    @Test
    void readSettingsRefusesAnEditThatBreaksTheMarkup() throws Exception {
        // given an edit that leaves a '<' in an attribute value
        ParsedXml parsed = ParsedXml.of("Web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
        FileEdit edit = new FileEdit(parsed.tree());
        int value = WEB_CONFIG.indexOf("\"*\"") + 1;
        edit.replace(value, value + 1, "a<b", "value of ClientId");

        // when / then
        XmlFileException e = assertThrows(XmlFileException.class,
                () -> Confirmation.readSettings("Web.config", parsed, edit, edit.resultBytes(parsed.source())));
        // the position is the excerpt's (root start tag, then the section): this is an internal error, never the user's file
        assertEquals("Web.config:3:33", e.where());
    }
}
