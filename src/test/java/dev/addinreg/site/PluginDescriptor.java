package dev.addinreg.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.reporting.AbstractMavenReport;
import org.dom4j.Document;
import org.dom4j.Element;

import dev.addinreg.xml.XmlFile;

/** The plugin descriptor maven-plugin-plugin generated ({@code target/classes/META-INF/maven/plugin.xml}), as values. */
final class PluginDescriptor {
    static final Path FILE = Path.of("target/classes/META-INF/maven/plugin.xml");

    record Parameter(String goal, String name, boolean editable, String description, String since, String property,
            String defaultValue, String type) {

        /**
         * Whether {@code addin:report} inherits it from maven-reporting-impl's {@code AbstractMavenReport}
         * ({@code outputDirectory}, {@code locale}, {@code siteDirectory}, ...): documented by that library, with its
         * own names and properties, the same in every site report.
         */
        boolean inherited() {
            return goal.equals("report") && Arrays.stream(AbstractMavenReport.class.getDeclaredFields())
                    .anyMatch(field -> field.getName().equals(name));
        }
    }

    private PluginDescriptor() {
    }

    /** Every parameter of every goal but {@code help}, which maven-plugin-plugin generates. */
    static List<Parameter> parameters() throws Exception {
        Document descriptor = XmlFile.parse(FILE.toString(), java.nio.file.Files.readAllBytes(FILE)).document();
        List<Parameter> parameters = new ArrayList<>();
        for (Element mojo : descriptor.getRootElement().element("mojos").elements("mojo")) {
            String goal = mojo.elementText("goal");
            if (goal.equals("help")) {
                continue;
            }
            Element configuration = mojo.element("configuration");
            for (Element parameter : mojo.element("parameters").elements("parameter")) {
                String name = parameter.elementText("name");
                Element configured = configuration == null ? null : configuration.element(name);
                parameters.add(new Parameter(goal, name, Boolean.parseBoolean(parameter.elementText("editable")),
                        parameter.elementTextTrim("description"), parameter.elementTextTrim("since"),
                        configured == null ? null : configured.getTextTrim(),
                        configured == null ? null : configured.attributeValue("default-value"), parameter.elementText("type")));
            }
        }
        return parameters;
    }
}
