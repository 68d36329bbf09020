package dev.addinreg.inject;

import java.util.Optional;

import dev.addinreg.xml.XmlText;
import dev.addinreg.xml.XmlTree;
import dev.addinreg.xml.XmlTree.Element;

/** Sets an {@code AppManifest.xml}'s {@code RemoteWebApplication/@ClientId}. */
final class ManifestEditor {
    private ManifestEditor() {
    }

    /** Plans {@code ClientId} on {@code RemoteWebApplication}, replacing {@code *} or an older ID. */
    static void setClientId(FileEdit edit, Element application, String clientId) {
        XmlTree tree = edit.tree();
        Optional<XmlTree.Attribute> attribute = application.attribute("ClientId");
        if (attribute.isEmpty()) {
            int afterName = application.start() + 1 + application.name().length();
            edit.insert(afterName, " ClientId=\"" + XmlText.escapeAttribute(clientId, '"') + "\"", "RemoteWebApplication/@ClientId");
            edit.change("ClientId set");
            return;
        }
        XmlTree.Attribute current = attribute.get();
        String raw = tree.text().substring(current.valueStart(), current.valueEnd());
        if (XmlText.unescape(raw).equals(clientId)) {
            edit.change("ClientId already set");
            return;
        }
        edit.replace(current.valueStart(), current.valueEnd(), XmlText.escapeAttribute(clientId, current.quote()),
                "RemoteWebApplication/@ClientId");
        edit.change("ClientId set");
    }
}
