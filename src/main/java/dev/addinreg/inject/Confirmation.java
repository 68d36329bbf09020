package dev.addinreg.inject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.Element;

import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.addin.WebConfig;
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

    /**
     * .NET must read exactly the values set from the edited files: the web.config's appSettings are read again, as
     * .NET reads them, from the edited bytes where a file was edited and from the file as it was elsewhere.
     *
     * @param edited the edited bytes of each file that changes
     */
    static void requireEffective(WebConfig web, Map<Path, byte[]> edited, Map<String, String> settings) {
        List<AppSettings> sections = new ArrayList<>();
        if (!web.hasSection()) {
            Path path = web.webConfig().path();
            sections.add(editedSection(web.webConfig().xml().name(), edited.get(path), true));
        }
        for (WebConfig.Part part : web.parts()) {
            byte[] content = edited.get(part.path());
            sections.add(content == null ? part.settings()
                    : editedSection(part.xml().name(), content, part.path().equals(web.webConfig().path())));
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            Optional<WebConfig.Value> value = WebConfig.effective(sections, setting.getKey());
            if (value.isEmpty() || !value.get().value().equals(Optional.of(setting.getValue()))) {
                throw new IllegalStateException("the edited " + web.webConfig().xml().name() + " does not make .NET read the value"
                        + " set for " + setting.getKey());
            }
        }
    }

    /** The appSettings section of edited bytes: under {@code configuration} in a web.config, else the root. */
    private static AppSettings editedSection(String name, byte[] content, boolean webConfig) {
        Element root = parse(name, content).getRootElement();
        Element section = webConfig ? AppSettings.section(root).orElseThrow(
                () -> new IllegalStateException("the edited " + name + " has no appSettings section")) : root;
        return AppSettings.of(name, section, element -> 0);
    }
}
