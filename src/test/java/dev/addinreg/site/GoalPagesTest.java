package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The site's goal pages list every parameter with its description, {@code Since}, user property and default.
 * The site is not part of {@code verify}: this test checks {@code target/site} when it is there, so run
 * {@code ./mvnw site} and then {@code ./mvnw test -Dtest=GoalPagesTest -Dinvoker.skip}; otherwise it is skipped.
 */
class GoalPagesTest {
    private static final Path SITE = Path.of("target/site");

    @Test
    void everyGoalPageListsEveryParameterWithSincePropertyAndDefault() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SITE.resolve("plugin-info.html")),
                "no site in target/site: run ./mvnw site first to check the goal pages");
        List<String> problems = new ArrayList<>();
        for (PluginDescriptor.Parameter parameter : PluginDescriptor.parameters()) {
            if (!parameter.editable()) {
                continue;
            }
            Path page = SITE.resolve(parameter.goal() + "-mojo.html");
            String html = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
            Matcher details = Pattern.compile("<h3>&lt;" + parameter.name() + "&gt;</h3>(.*?)</ul>", Pattern.DOTALL).matcher(html);
            if (!details.find()) {
                problems.add(page + ": no <" + parameter.name() + ">");
                continue;
            }
            String block = details.group(1);
            if (parameter.inherited()) {
                continue; // maven-reporting-impl's own parameter: listed, with that library's description
            }
            expect(problems, parameter, block, "<li><strong>Since</strong>: <code>" + parameter.since() + "</code></li>");
            expect(problems, parameter, block, "<li><strong>User Property</strong>: <code>addin." + parameter.name() + "</code></li>");
            if (parameter.defaultValue() != null) {
                expect(problems, parameter, block, "<li><strong>Default</strong>: <code>" + parameter.defaultValue() + "</code></li>");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void expect(List<String> problems, PluginDescriptor.Parameter parameter, String block, String line) {
        if (!block.contains(line)) {
            problems.add(parameter.goal() + "-mojo.html <" + parameter.name() + ">: no " + line);
        }
    }
}
