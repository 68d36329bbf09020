package dev.addinreg.inject;

import org.dom4j.Attribute;
import org.dom4j.Element;

import dev.addinreg.xml.XmlPositions;
import dev.addinreg.xml.XmlText;

/** Sets an {@code AppManifest.xml}'s {@code RemoteWebApplication/@ClientId}. */
final class ManifestEditor {
    private ManifestEditor() {
    }

    /** Plans {@code ClientId} on {@code RemoteWebApplication}, replacing {@code *} or an older ID. */
    static void setClientId(FileEdit edit, Element application, String clientId) {
        Attribute attribute = application.attribute("ClientId");
        if (attribute == null) {
            XmlPositions.Tag tag = edit.xml().tag(application);
            edit.insert(tag.start() + 1 + tag.name().length(), " ClientId=\"" + XmlText.escapeAttribute(clientId, '"') + "\"",
                    "RemoteWebApplication/@ClientId");
            edit.change("ClientId set");
            return;
        }
        if (attribute.getValue().equals(clientId)) {
            edit.change("ClientId already set");
            return;
        }
        XmlPositions.Attribute current = edit.xml().position(application, attribute).orElseThrow();
        edit.replace(current.valueStart(), current.valueEnd(), XmlText.escapeAttribute(clientId, current.quote()),
                "RemoteWebApplication/@ClientId");
        edit.change("ClientId set");
    }
}
