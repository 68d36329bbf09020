package dev.addinreg.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.QName;

import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/**
 * The publish transforms beside a {@code web.config} ({@code Web.Release.config} and the like): XDT files that
 * Visual Studio and msbuild apply when the web project is published. A transform of a registration key, or of the
 * whole appSettings section, changes what ships after {@code addin:inject} set it.
 */
public final class PublishTransforms {
    /** The namespace of XDT's attributes ({@code xdt:Transform}, {@code xdt:Locator}). */
    public static final String XDT = "http://schemas.microsoft.com/XML-Document-Transform";
    private static final Pattern TRANSFORM_FILE = Pattern.compile("(?i)web\\..+\\.config");

    private PublishTransforms() {
    }

    /** A warning for each transform of a registration key, or of appSettings, in the transforms beside {@code webConfig}. */
    public static List<Problem> of(Path webConfig, AddinFileReader reader) throws IOException {
        Path folder = webConfig.toAbsolutePath().normalize().getParent();
        List<Path> transforms;
        try (Stream<Path> files = Files.list(folder)) {
            transforms = files.filter(Files::isRegularFile).filter(f -> TRANSFORM_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted().toList();
        }
        List<Problem> problems = new ArrayList<>();
        for (Path transform : transforms) {
            Optional<XmlFile> xml;
            try {
                xml = Optional.of(XmlFile.parse(reader.name(transform), reader.readBytes(transform)));
            } catch (XmlFileException e) {
                // a transform that is not well-formed fails the publish itself: it changes nothing that ships
                xml = Optional.empty();
            }
            for (Element element : xml.map(x -> XmlFile.inDocumentOrder(x.root())).orElse(List.of())) {
                Attribute transformAttribute = element.attribute(QName.get("Transform", XDT));
                String key = element.getName().equals("add") ? element.attributeValue("key") : null;
                boolean section = element.getName().equals("appSettings");
                if (transformAttribute != null && (section || WebConfig.isRegistrationKey(key))) {
                    String what = section ? "appSettings" : key;
                    problems.add(Problem.warning(xml.get().name() + ":" + xml.get().line(element) + " "
                            + (section ? "appSettings" : "appSettings \"" + key + "\""), "a publish transform changes " + what
                            + " when the web project is published, after addin:inject set it",
                            "xdt:Transform=\"" + transformAttribute.getValue() + "\"", "no transform of the registration's keys",
                            "remove the transform of " + what + " from " + transform.getFileName()
                                    + ", or run addin:inject on the published web.config"));
                }
            }
        }
        return problems;
    }
}
