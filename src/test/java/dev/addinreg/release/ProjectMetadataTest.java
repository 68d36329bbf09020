package dev.addinreg.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

import dev.addinreg.xml.XmlFile;

/**
 * What a user and Maven Central learn about the project before using it: the license, the POM's metadata (Central
 * refuses a POM without name, description, url, licenses, developers and scm) and the changelog.
 */
class ProjectMetadataTest {
    /** SHA-256 of the Apache License 2.0 as apache.org serves it (LICENSE-2.0.txt). */
    private static final String APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

    @Test
    void theLicenseIsTheWholeApacheLicense() throws Exception {
        // when
        byte[] license = Files.readAllBytes(Path.of("LICENSE"));

        // then: the text as published, byte for byte (with its appendix)
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(license));
        assertEquals(APACHE_2_SHA256, sha256, "LICENSE is not the Apache License 2.0 as published");
    }

    @Test
    void thePomSaysWhatCentralRequires() throws Exception {
        // given
        Element pom = pom();

        // then
        for (String required : List.of("name", "description", "url", "inceptionYear")) {
            assertFalse(pom.elementTextTrim(required).isEmpty(), required);
        }
        Element license = pom.element("licenses").element("license");
        assertEquals("Apache-2.0", license.elementText("name"));
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", license.elementText("url"));
        Element developer = pom.element("developers").element("developer");
        assertFalse(developer.elementTextTrim("name").isEmpty());
        Element scm = pom.element("scm");
        String url = pom.elementText("url");
        assertEquals(url, scm.elementText("url"));
        assertEquals("scm:git:" + url + ".git", scm.elementText("connection"));
        assertTrue(scm.elementText("developerConnection").startsWith("scm:git:"));
        assertEquals(url + "/issues", pom.element("issueManagement").elementText("url"));
        assertEquals(url + "/actions", pom.element("ciManagement").elementText("url"));
    }

    @Test
    void everyPlaceholderIsAnnouncedToTheMaintainer() throws IOException {
        // given
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

        // then: a placeholder is either absent, or explained by the comment that tells the maintainer to replace it
        if (pom.contains("CHANGE-ME")) {
            assertTrue(pom.contains("PLACEHOLDERS: every \"CHANGE-ME\" below"), "pom.xml has CHANGE-ME values but no comment saying so");
        }
        String changelog = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
        String url = pom.substring(pom.indexOf("<url>") + 5, pom.indexOf("</url>"));
        assertTrue(changelog.contains("]: " + url + "/"), "CHANGELOG.md links the project's address, " + url);
    }

    @Test
    void theChangelogStartsWithWhatIsUnreleasedAndNamesEveryGoal() throws Exception {
        // given
        List<String> lines = Files.readAllLines(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
        List<String> versions = lines.stream().filter(l -> l.startsWith("## [")).toList();
        String changelog = String.join("\n", lines);

        // then: Keep a Changelog's form, and each goal of the descriptor is described
        assertEquals("# Changelog", lines.get(0));
        assertEquals("## [Unreleased]", versions.get(0));
        assertTrue(changelog.contains("\n### Added\n"));
        List<String> missing = new ArrayList<>();
        for (String goal : goals()) {
            if (!changelog.contains("`addin:" + goal + "`")) {
                missing.add(goal);
            }
        }
        assertEquals(List.of(), missing, "goals the changelog does not name");
    }

    @Test
    void theReadmeGivesTheCoordinatesToCopyAndContributingTheReleaseCommands() throws Exception {
        // given
        Element pom = pom();
        String version = pom.elementText("version");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String installing = section(readme, "## Requirements and installing");
        String releasing = section(Files.readString(Path.of("CONTRIBUTING.md"), StandardCharsets.UTF_8), "## Releasing");

        // then: the coordinates of the release this build makes, and how to get the snapshot until then
        assertTrue(installing.contains("<plugin>\n  <groupId>" + pom.elementText("groupId") + "</groupId>\n  <artifactId>"
                + pom.elementText("artifactId") + "</artifactId>\n  <version>" + version.replace("-SNAPSHOT", "")
                + "</version>\n</plugin>"), installing);
        assertTrue(installing.contains("`" + version + "`"), "the snapshot version " + version);
        assertTrue(installing.contains("./mvnw install"), installing);
        // the release commands: the passphrase from the environment, an upload only when asked; the README points there
        assertTrue(readme.contains("CONTRIBUTING.md#releasing"), "the README's pointer to the release procedure");
        for (String command : List.of("export MAVEN_GPG_PASSPHRASE", "./mvnw -B -Prelease clean verify",
                "./mvnw -B -Prelease clean deploy -Dcentral.skipPublishing=false")) {
            assertTrue(releasing.contains(command), command);
        }
    }

    /** The text of a Markdown section, from its {@code ##} heading to the next. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static Element pom() throws Exception {
        Path file = Path.of("pom.xml");
        return XmlFile.parse(file.toString(), Files.readAllBytes(file)).root();
    }

    /** The goals of the descriptor maven-plugin-plugin generated. */
    private static List<String> goals() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        Element plugin = XmlFile.parse(descriptor.toString(), Files.readAllBytes(descriptor)).root();
        List<String> goals = plugin.element("mojos").elements("mojo").stream().map(mojo -> mojo.elementText("goal")).toList();
        assertTrue(goals.size() >= 6, "goals: " + goals);
        return goals;
    }
}
