package dev.addinreg.inject;

import org.dom4j.Attribute;
import org.dom4j.Element;

import dev.addinreg.xml.XmlPositions;
import dev.addinreg.xml.XmlText;

/** Sets an {@code AppManifest.xml}'s {@code RemoteWebApplication/@ClientId} and its root's {@code Version}. */
final class ManifestEditor {
    private ManifestEditor() {
    }

    /** Plans {@code ClientId} on {@code RemoteWebApplication}, replacing {@code *} or an older ID. */
    static void setClientId(FileEdit edit, Element application, String clientId) {
        setAttribute(edit, application, "ClientId", clientId, "RemoteWebApplication/@ClientId");
    }

    /** Plans {@code Version} on the root {@code App}, replacing the version there. */
    static void setVersion(FileEdit edit, Element app, String version) {
        setAttribute(edit, app, "Version", version, "App/@Version");
    }

    /** Plans an attribute's value: replaced in its quotes, or added after the element's name when it is missing. */
    private static void setAttribute(FileEdit edit, Element element, String name, String value, String what) {
        Attribute attribute = element.attribute(name);
        if (attribute == null) {
            XmlPositions.Tag tag = edit.xml().tag(element);
            edit.insert(tag.start() + 1 + tag.name().length(), " " + name + "=\"" + XmlText.escapeAttribute(value, '"') + "\"", what);
            edit.change(name + " set");
            return;
        }
        if (attribute.getValue().equals(value)) {
            edit.change(name + " already set");
            return;
        }
        XmlPositions.Attribute current = edit.xml().position(element, attribute).orElseThrow();
        edit.replace(current.valueStart(), current.valueEnd(), XmlText.escapeAttribute(value, current.quote()), what);
        edit.change(name + " set");
    }
}
