package dev.addinreg.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;

import dev.addinreg.xml.XmlFile;

/**
 * The {@code release} profile as a maintainer relies on it: what it adds, that nothing is published unless asked,
 * and that a GPG passphrase can come from nowhere but the environment. {@code .ci/run} builds it for real, with a
 * throwaway key, and checks every signature.
 */
class ReleaseProfileTest {

    @Test
    void theProfileAddsSourcesJavadocSbomSignaturesAndTheCentralBundle() throws Exception {
        // when
        Map<String, String> plugins = new TreeMap<>();
        for (Element plugin : release().element("build").element("plugins").elements("plugin")) {
            plugins.put(plugin.elementText("artifactId"), plugin.elementText("version"));
        }

        // then
        assertEquals(Map.of("maven-source-plugin", "3.3.1", "maven-javadoc-plugin", "3.11.2", "cyclonedx-maven-plugin", "2.9.3",
                "maven-gpg-plugin", "3.2.8", "central-publishing-maven-plugin", "0.9.0"), plugins);
    }

    @Test
    void nothingIsPublishedUnlessAsked() throws Exception {
        // given
        Element release = release();
        Element central = plugin(release, "central-publishing-maven-plugin").element("configuration");

        // then: the upload is skipped unless -Dcentral.skipPublishing=false, and even then not published automatically
        assertEquals("true", release.element("properties").elementText("central.skipPublishing"));
        assertEquals("${central.skipPublishing}", central.elementText("skipPublishing"));
        assertEquals("false", central.elementText("autoPublish"));
    }

    @Test
    void thePassphraseComesOnlyFromTheEnvironment() throws Exception {
        // given
        Element gpg = plugin(release(), "maven-gpg-plugin");
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

        // then: bestPractices refuses a passphrase from a parameter or settings.xml; none is configured
        Element configuration = gpg.element("executions").element("execution").element("configuration");
        assertEquals("true", configuration.elementText("bestPractices"));
        for (String leak : List.of("<passphrase>", "<passphraseServerId>", "gpg.passphrase")) {
            assertFalse(pom.contains(leak), leak);
        }
    }

    private static Element release() throws Exception {
        Path file = Path.of("pom.xml");
        Element pom = XmlFile.parse(file.toString(), Files.readAllBytes(file)).root();
        return pom.element("profiles").elements("profile").stream().filter(p -> "release".equals(p.elementText("id")))
                .findFirst().orElseThrow(() -> new AssertionError("pom.xml has no release profile"));
    }

    private static Element plugin(Element profile, String artifactId) {
        return profile.element("build").element("plugins").elements("plugin").stream()
                .filter(p -> artifactId.equals(p.elementText("artifactId"))).findFirst()
                .orElseThrow(() -> new AssertionError("the release profile has no " + artifactId));
    }
}
