package dev.addinreg.inject;

import java.util.List;
import java.util.Map;

import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.Element;

import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/**
 * What the XML parser reads in an edited file, before it is written: the edited bytes are parsed again,
 * whole, and must hold what was set. Anything else is the plugin's own error, never the user's: an
 * {@link IllegalStateException}.
 */
final class Confirmation {

    private Confirmation() {
    }

    /** The edited bytes of a file, parsed. */
    static Document parse(String name, byte[] content) {
        try {
            return XmlFile.document(name, content);
        } catch (XmlFileException e) {
            throw new IllegalStateException("the edited text of " + name + " is not well-formed: " + e.where(), e);
        }
    }

    /** A manifest or package file whose tokens were replaced must hold none in its text or attribute values. */
    static void requireNoToken(String name, Document edited) {
        for (Element element : XmlFile.inDocumentOrder(edited.getRootElement())) {
            boolean left = RemoteAppUrl.in(element.getText())
                    || element.attributes().stream().map(Attribute::getValue).anyMatch(RemoteAppUrl::in);
            if (left) {
                throw new IllegalStateException("~remoteAppUrl is left in the edited text of " + name);
            }
        }
    }

    /** A manifest whose version was set must hold exactly it in its root's {@code Version}. */
    static void requireVersion(String name, Document edited, String version) {
        if (!version.equals(edited.getRootElement().attributeValue("Version"))) {
            throw new IllegalStateException("the edited " + name + " does not hold the version set, " + version);
        }
    }

    /** Each key must be set exactly once in the edited appSettings, to exactly its value. */
    static void requireSettings(String name, Document edited, Map<String, String> settings) {
        Element section = AppSettings.section(edited.getRootElement()).orElseThrow(
                () -> new IllegalStateException("the edited " + name + " has no appSettings section"));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            List<Element> found = AppSettings.adds(section, setting.getKey());
            if (found.size() != 1 || !setting.getValue().equals(found.get(0).attributeValue("value"))) {
                throw new IllegalStateException("the edited " + name + " does not hold the value set for " + setting.getKey());
            }
        }
    }
}
