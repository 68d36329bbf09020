package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The deployment page shows the POMs its two flows' ITs run: each {@code <plugin>} block on the page is the plugin of
 * {@code src/it/flow-stamp-before-msbuild} and {@code src/it/flow-stamp-after-msbuild}, line for line. Indentation, the
 * IT's {@code @project...@} coordinates and the secrets' end dates (the ITs compute theirs from the day they run) aside.
 */
class DeploymentPageTest {
    private static final Pattern PLUGIN = Pattern.compile("(?s)<plugin>.*?</plugin>");

    @Test
    void thePomSnippetsAreTheOnesTheFlowItsRun() throws IOException {
        // given
        List<String> page = plugins(Files.readString(Path.of("src/site/markdown/deployment.md"), StandardCharsets.UTF_8));
        List<String> its = new ArrayList<>();
        for (String it : List.of("flow-stamp-before-msbuild", "flow-stamp-after-msbuild")) {
            its.addAll(plugins(Files.readString(Path.of("src/it", it, "pom.xml"), StandardCharsets.UTF_8)));
        }

        // then
        assertEquals(its, page);
    }

    private static List<String> plugins(String text) {
        List<String> plugins = new ArrayList<>();
        Matcher plugin = PLUGIN.matcher(text);
        while (plugin.find()) {
            plugins.add(plugin.group().lines().map(String::strip)
                    .map(l -> l.replace("@project.groupId@", "dev.addinreg")
                            .replace("@project.artifactId@", "addin-registration-maven-plugin")
                            .replaceAll("<version>[^<]*</version>", "<version>(the plugin's)</version>")
                            .replaceAll("<clientSecretExpires>[^<]*</clientSecretExpires>", "<clientSecretExpires>(a date)</clientSecretExpires>"))
                    .collect(Collectors.joining("\n")));
        }
        return plugins;
    }
}
