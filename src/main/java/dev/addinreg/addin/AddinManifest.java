package dev.addinreg.addin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;

/**
 * An {@code AppManifest.xml} as read: root {@code App} in the manifest namespace, its hosting model
 * ({@code AppPrincipal}), client ID, title and endpoints. Every value is dom4j's.
 */
public final class AddinManifest {
    /** The namespace of {@code AppManifest.xml}. */
    public static final String NAMESPACE = "http://schemas.microsoft.com/sharepoint/2012/app/manifest";
    /** The {@code Properties} children that name an address of the remote web application. */
    public static final List<String> ENDPOINTS =
            List.of("StartPage", "InstalledEventEndpoint", "UninstallingEventEndpoint", "UpgradedEventEndpoint");

    private final XmlFile xml;
    private final Hosting hosting;

    private AddinManifest(XmlFile xml, Hosting hosting) {
        this.xml = xml;
        this.hosting = hosting;
    }

    /** Reads the manifest; a wrong root, a missing, unknown or retired {@code AppPrincipal} goes to {@code findings}. */
    public static AddinManifest of(XmlFile xml, Findings findings) {
        return new AddinManifest(xml, hosting(xml, findings));
    }

    private static Hosting hosting(XmlFile xml, Findings findings) {
        Element root = xml.root();
        String file = xml.name();
        String namespace = root.getNamespaceURI();
        if (!root.getName().equals("App") || !NAMESPACE.equals(namespace)) {
            findings.add(Problem.error(file + ":" + xml.line(root), "the root element is not an add-in manifest's",
                    "<" + root.getQualifiedName() + "> in namespace \"" + namespace + "\"", "<App xmlns=\"" + NAMESPACE + "\">",
                    "point appManifest at the add-in's AppManifest.xml"));
            return Hosting.UNKNOWN;
        }
        Optional<Element> principal = child(root, "AppPrincipal");
        if (principal.isEmpty()) {
            findings.add(Problem.error(file + ":" + xml.line(root), "the manifest has no <AppPrincipal>", null,
                    "<AppPrincipal><RemoteWebApplication ClientId=\"*\" /></AppPrincipal> for a provider-hosted add-in,"
                            + " or <AppPrincipal><Internal /></AppPrincipal> for a SharePoint-hosted one",
                    "add the AppPrincipal element Visual Studio writes"));
            return Hosting.UNKNOWN;
        }
        Optional<Element> retired = child(principal.get(), "AutoDeployedWebApplication");
        if (retired.isPresent()) {
            findings.add(Problem.error(file + ":" + xml.line(retired.get()), "the add-in is autohosted (AutoDeployedWebApplication)",
                    "<AutoDeployedWebApplication>", "<RemoteWebApplication ClientId=\"*\" /> or <Internal />",
                    "autohosted add-ins were retired by Microsoft in 2014; host the web application yourself, register it on"
                            + " AppRegNew.aspx and use <RemoteWebApplication ClientId=\"*\" />"));
            return Hosting.UNKNOWN;
        }
        if (child(principal.get(), "RemoteWebApplication").isPresent()) {
            return Hosting.PROVIDER_HOSTED;
        }
        if (child(principal.get(), "Internal").isPresent()) {
            return Hosting.SHAREPOINT_HOSTED;
        }
        findings.add(Problem.error(file + ":" + xml.line(principal.get()), "<AppPrincipal> names no known hosting model",
                null, "<RemoteWebApplication ClientId=\"*\" /> or <Internal />", "use the AppPrincipal element Visual Studio writes"));
        return Hosting.UNKNOWN;
    }

    /** The first child of {@code parent} with this local name in the manifest namespace. */
    private static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static List<Element> children(Element parent, String localName) {
        return parent.elements().stream()
                .filter(e -> e.getName().equals(localName) && NAMESPACE.equals(e.getNamespaceURI())).toList();
    }

    public Hosting hosting() {
        return hosting;
    }

    /** How messages name the manifest. */
    public String file() {
        return xml.name();
    }

    public XmlFile xml() {
        return xml;
    }

    /** {@code App/AppPrincipal/RemoteWebApplication}, for a provider-hosted add-in. */
    public Optional<Element> remoteWebApplication() {
        if (hosting != Hosting.PROVIDER_HOSTED) {
            return Optional.empty();
        }
        return child(xml.root(), "AppPrincipal").flatMap(principal -> child(principal, "RemoteWebApplication"));
    }

    /** A value found in the manifest, with its line and what holds it. */
    public record Value(String element, String value, int line) {
    }

    /** {@code RemoteWebApplication/@ClientId}; empty when absent or not provider-hosted. */
    public Optional<Value> clientId() {
        return remoteWebApplication().flatMap(app -> Optional.ofNullable(app.attributeValue("ClientId"))
                .map(value -> new Value("RemoteWebApplication/@ClientId", value, xml.line(app))));
    }

    /** The root's {@code Version}, with the line it stands on; empty when absent. */
    public Optional<Value> version() {
        return rootAttribute("Version");
    }

    /** The root's {@code ProductID}, with the line it stands on; empty when absent. */
    public Optional<Value> productId() {
        return rootAttribute("ProductID");
    }

    /** An attribute of the root {@code App}: Visual Studio writes one a line, so the line is the attribute's own. */
    private Optional<Value> rootAttribute(String name) {
        Element root = xml.root();
        return Optional.ofNullable(root.attribute(name)).map(attribute -> new Value(root.getName() + "/@" + name, attribute.getValue(),
                xml.position(root, attribute).map(at -> xml.positions().line(at.valueStart())).orElse(xml.line(root))));
    }

    /** {@code Properties/Title}. */
    public Optional<Value> title() {
        return properties().flatMap(p -> child(p, "Title"))
                .map(t -> new Value("Properties/Title", t.getText(), xml.line(t)));
    }

    /** {@code StartPage} and the event endpoints present in {@code Properties}. */
    public List<Value> endpoints() {
        List<Value> values = new ArrayList<>();
        properties().ifPresent(p -> {
            for (String name : ENDPOINTS) {
                children(p, name).forEach(e -> values.add(new Value("Properties/" + name, e.getText().strip(), xml.line(e))));
            }
        });
        return values;
    }

    private Optional<Element> properties() {
        return child(xml.root(), "Properties");
    }
}
