package dev.addinreg.inject;

import java.util.List;
import java.util.Map;

import org.dom4j.Attribute;
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
    static XmlFile parse(String name, byte[] content) {
        try {
            return XmlFile.parse(name, content);
        } catch (XmlFileException e) {
            throw new IllegalStateException("the edited text of " + name + " is not well-formed: " + e.where(), e);
        }
    }

    /** A manifest or package file whose tokens were replaced must hold none in its text or attribute values. */
    static void requireNoToken(XmlFile edited) {
        for (Element element : XmlFile.inDocumentOrder(edited.root())) {
            boolean left = RemoteAppUrl.in(element.getText())
                    || element.attributes().stream().map(Attribute::getValue).anyMatch(RemoteAppUrl::in);
            if (left) {
                throw new IllegalStateException("~remoteAppUrl is left in the edited text of " + edited.name());
            }
        }
    }

    /** Each key must be set exactly once in the edited appSettings, to exactly its value. */
    static void requireSettings(XmlFile edited, Map<String, String> settings) {
        AppSettings section = AppSettings.of(edited).orElseThrow(
                () -> new IllegalStateException("the edited " + edited.name() + " has no appSettings section"));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            List<AppSettings.Entry> found = section.entries(setting.getKey());
            if (found.size() != 1 || !found.get(0).value().orElse("").equals(setting.getValue())) {
                throw new IllegalStateException("the edited " + edited.name() + " does not hold the value set for " + setting.getKey());
            }
        }
    }
}
