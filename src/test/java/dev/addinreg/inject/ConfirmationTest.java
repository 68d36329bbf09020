package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dom4j.Document;
import org.junit.jupiter.api.Test;

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
    void theEditedSettingsAreReadAgainAndHoldTheValuesSet() throws Exception {
        // given the value of ClientId set, in a section whose attributes use a prefix the root declares
        FileEdit edit = edit("6a3601b7");

        // when
        Document confirmed = Confirmation.parse("Web.config", edit.result());

        // then
        Confirmation.requireSettings("Web.config", confirmed, Map.of("ClientId", "6a3601b7"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Confirmation.requireSettings("Web.config", confirmed, Map.of("ClientId", "0ef306f5")));
        assertEquals("the edited Web.config does not hold the value set for ClientId", e.getMessage());
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
