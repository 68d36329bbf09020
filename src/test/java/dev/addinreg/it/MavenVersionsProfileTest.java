package dev.addinreg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

import dev.addinreg.xml.XmlFile;

/**
 * The {@code maven-versions} profile runs the ITs under each supported Maven: each version is unpacked, has its
 * invoker execution, and its IT folder is scanned by the checks after the ITs ({@code it-output-checks}); a version
 * added to one place and not the others would run unchecked, or not at all.
 */
class MavenVersionsProfileTest {

    @Test
    void everyMavenVersionIsUnpackedRunAndChecked() throws Exception {
        // given
        Element profile = profile();
        TreeMap<String, String> properties = new TreeMap<>();
        pom().element("properties").elements().forEach(p -> properties.put(p.getName(), p.getTextTrim()));
        List<String> unpacked = plugin(profile, "maven-dependency-plugin").element("executions").element("execution")
                .element("configuration").element("artifactItems").elements("artifactItem").stream()
                .map(item -> item.elementText("version")).toList();
        List<Element> runs = plugin(profile, "maven-invoker-plugin").element("executions").elements("execution").stream()
                .filter(e -> e.element("configuration").element("mavenHome") != null).toList();
        String checked = plugin(profile, "maven-surefire-plugin").element("executions").elements("execution").stream()
                .filter(e -> "it-output-checks".equals(e.elementText("id"))).findFirst().orElseThrow()
                .element("configuration").element("systemPropertyVariables").elementText("it.directory");

        // then: the supported versions, each unpacked, run into its own folder, and that folder checked
        List<String> supported = List.of("${minimum.maven.version}", "${maven-versions.newest-3.8}", "${maven-versions.newest-3}",
                "${maven-versions.maven-4}");
        assertEquals(List.of("3.6.3", "3.8.9", "3.10.0", "4.0.0-rc-4"),
                supported.stream().map(v -> properties.get(v.substring(2, v.length() - 1))).toList());
        List<String> checkedFolders = Arrays.stream(checked.split(",")).map(String::strip).toList();
        for (String version : supported) {
            assertTrue(unpacked.contains(version), version + " is not unpacked");
            String folder = "${project.build.directory}/it-maven-" + version;
            Element run = runs.stream().filter(e -> ("it-maven-" + version).equals(e.elementText("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no invoker execution for " + version));
            assertEquals("${maven-versions.directory}/apache-maven-" + version, run.element("configuration").elementText("mavenHome"));
            assertEquals(folder, run.element("configuration").elementText("cloneProjectsTo"));
            assertTrue(checkedFolders.contains(folder), folder + " is not checked after the ITs");
        }
        assertEquals(supported.size(), checkedFolders.size(), checked);
    }

    private static Element pom() throws Exception {
        Path file = Path.of("pom.xml");
        return XmlFile.parse(file.toString(), Files.readAllBytes(file)).root();
    }

    private static Element profile() throws Exception {
        return pom().element("profiles").elements("profile").stream().filter(p -> "maven-versions".equals(p.elementText("id")))
                .findFirst().orElseThrow();
    }

    private static Element plugin(Element profile, String artifactId) {
        return profile.element("build").element("plugins").elements("plugin").stream()
                .filter(p -> artifactId.equals(p.elementText("artifactId"))).findFirst().orElseThrow();
    }
}
