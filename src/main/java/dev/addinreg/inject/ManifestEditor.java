package dev.addinreg.inject;

import java.util.List;
import java.util.Optional;

import org.dom4j.Document;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlText;
import dev.addinreg.xml.XmlTree;
import dev.addinreg.xml.XmlTree.Element;

/** Reads an {@code AppManifest.xml}'s hosting model and sets {@code RemoteWebApplication/@ClientId}. */
final class ManifestEditor {
    /** The namespace of {@code AppManifest.xml}. */
    static final String NAMESPACE = "http://schemas.microsoft.com/sharepoint/2012/app/manifest";

    private ManifestEditor() {
    }

    /** The hosting model; problems (wrong root, no or retired AppPrincipal) go to {@code findings}. */
    static Hosting hosting(FileEdit edit, Document document, String file, Findings findings) {
        XmlTree tree = edit.tree();
        Element root = tree.root();
        String namespace = document.getRootElement().getNamespaceURI();
        if (!root.localName().equals("App") || !NAMESPACE.equals(namespace)) {
            findings.add(Problem.error(file + ":" + tree.line(root.start()), "the root element is not an add-in manifest's",
                    "<" + root.name() + "> in namespace \"" + namespace + "\"", "<App xmlns=\"" + NAMESPACE + "\">",
                    "point appManifest at the add-in's AppManifest.xml"));
            return Hosting.UNKNOWN;
        }
        List<Element> principals = root.children("AppPrincipal");
        if (principals.isEmpty()) {
            findings.add(Problem.error(file + ":" + tree.line(root.start()), "the manifest has no <AppPrincipal>", null,
                    "<AppPrincipal><RemoteWebApplication ClientId=\"*\" /></AppPrincipal> for a provider-hosted add-in,"
                            + " or <AppPrincipal><Internal /></AppPrincipal> for a SharePoint-hosted one",
                    "add the AppPrincipal element Visual Studio writes"));
            return Hosting.UNKNOWN;
        }
        Element principal = principals.get(0);
        if (!principal.children("AutoDeployedWebApplication").isEmpty()) {
            Element retired = principal.children("AutoDeployedWebApplication").get(0);
            findings.add(Problem.error(file + ":" + tree.line(retired.start()), "the add-in is autohosted (AutoDeployedWebApplication)",
                    "<AutoDeployedWebApplication>", "<RemoteWebApplication ClientId=\"*\" /> or <Internal />",
                    "autohosted add-ins were retired by Microsoft in 2014; host the web application yourself, register it on"
                            + " AppRegNew.aspx and use <RemoteWebApplication ClientId=\"*\" />"));
            return Hosting.UNKNOWN;
        }
        if (!principal.children("RemoteWebApplication").isEmpty()) {
            return Hosting.PROVIDER_HOSTED;
        }
        if (!principal.children("Internal").isEmpty()) {
            return Hosting.SHAREPOINT_HOSTED;
        }
        findings.add(Problem.error(file + ":" + tree.line(principal.start()), "<AppPrincipal> names no known hosting model",
                null, "<RemoteWebApplication ClientId=\"*\" /> or <Internal />", "use the AppPrincipal element Visual Studio writes"));
        return Hosting.UNKNOWN;
    }

    /** Plans {@code ClientId} on {@code RemoteWebApplication}, replacing {@code *} or an older ID. */
    static void setClientId(FileEdit edit, String clientId) {
        XmlTree tree = edit.tree();
        Element application = tree.root().children("AppPrincipal").get(0).children("RemoteWebApplication").get(0);
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
