package dev.addinreg.addin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlTree;
import dev.addinreg.xml.XmlTree.Element;

/**
 * An {@code AppManifest.xml} as read: root {@code App} in the manifest namespace, its hosting model
 * ({@code AppPrincipal}), client ID, title and endpoints.
 */
public final class AddinManifest {
    /** The namespace of {@code AppManifest.xml}. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/sharepoint/2012/app/manifest";
    /** The {@code Properties} children that name an address of the remote web application. */
    public static final List<String> ENDPOINTS =
            List.of("StartPage", "InstalledEventEndpoint", "UninstallingEventEndpoint", "UpgradedEventEndpoint");

    private final ParsedXml xml;
    private final String file;
    private final Hosting hosting;

    private AddinManifest(ParsedXml xml, String file, Hosting hosting) {
        this.xml = xml;
        this.file = file;
        this.hosting = hosting;
    }

    /** Reads the manifest; a wrong root, a missing, unknown or retired {@code AppPrincipal} goes to {@code findings}. */
    public static AddinManifest of(ParsedXml xml, String file, Findings findings) {
        return new AddinManifest(xml, file, hosting(xml, file, findings));
    }

    private static Hosting hosting(ParsedXml xml, String file, Findings findings) {
        XmlTree tree = xml.tree();
        Element root = tree.root();
        String namespace = xml.document().getRootElement().getNamespaceURI();
        if (!root.localName().equals("App") || !NAMESPACE.equals(namespace)) {
            findings.add(Problem.error(file + ":" + xml.line(root), "the root element is not an add-in manifest's",
                    "<" + root.name() + "> in namespace \"" + namespace + "\"", "<App xmlns=\"" + NAMESPACE + "\">",
                    "point appManifest at the add-in's AppManifest.xml"));
            return Hosting.UNKNOWN;
        }
        List<Element> principals = root.children("AppPrincipal");
        if (principals.isEmpty()) {
            findings.add(Problem.error(file + ":" + xml.line(root), "the manifest has no <AppPrincipal>", null,
                    "<AppPrincipal><RemoteWebApplication ClientId=\"*\" /></AppPrincipal> for a provider-hosted add-in,"
                            + " or <AppPrincipal><Internal /></AppPrincipal> for a SharePoint-hosted one",
                    "add the AppPrincipal element Visual Studio writes"));
            return Hosting.UNKNOWN;
        }
        Element principal = principals.get(0);
        if (!principal.children("AutoDeployedWebApplication").isEmpty()) {
            Element retired = principal.children("AutoDeployedWebApplication").get(0);
            findings.add(Problem.error(file + ":" + xml.line(retired), "the add-in is autohosted (AutoDeployedWebApplication)",
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
        findings.add(Problem.error(file + ":" + xml.line(principal), "<AppPrincipal> names no known hosting model",
                null, "<RemoteWebApplication ClientId=\"*\" /> or <Internal />", "use the AppPrincipal element Visual Studio writes"));
        return Hosting.UNKNOWN;
    }

    public Hosting hosting() {
        return hosting;
    }

    public String file() {
        return file;
    }

    public ParsedXml xml() {
        return xml;
    }

    /** {@code App/AppPrincipal/RemoteWebApplication}, for a provider-hosted add-in. */
    public Optional<Element> remoteWebApplication() {
        if (hosting != Hosting.PROVIDER_HOSTED) {
            return Optional.empty();
        }
        return Optional.of(xml.tree().root().children("AppPrincipal").get(0).children("RemoteWebApplication").get(0));
    }

    /** A value found in the manifest, with its line and what holds it. */
    public record Value(String element, String value, int line) {
    }

    /** {@code RemoteWebApplication/@ClientId}; empty when absent or not provider-hosted. */
    public Optional<Value> clientId() {
        return remoteWebApplication().flatMap(app -> app.attribute("ClientId")
                .map(a -> new Value("RemoteWebApplication/@ClientId", xml.value(a), xml.line(app))));
    }

    /** {@code Properties/Title}. */
    public Optional<Value> title() {
        return properties().flatMap(p -> p.children("Title").stream().findFirst())
                .map(t -> new Value("Properties/Title", xml.text(t), xml.line(t)));
    }

    /** {@code StartPage} and the event endpoints present in {@code Properties}. */
    public List<Value> endpoints() {
        List<Value> values = new ArrayList<>();
        properties().ifPresent(p -> {
            for (String name : ENDPOINTS) {
                p.children(name).forEach(e -> values.add(new Value("Properties/" + name, xml.text(e).strip(), xml.line(e))));
            }
        });
        return values;
    }

    private Optional<Element> properties() {
        return xml.tree().root().children("Properties").stream().findFirst();
    }
}
