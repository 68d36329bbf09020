package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What the goal pages of the site show for each parameter comes from the plugin descriptor: every parameter a
 * user sets has a description, {@code @since} and the user property {@code addin.<name>}; those with a default
 * show it. The usage page's table of parameters, which users read to find a property, agrees with it.
 */
class ParameterDocsTest {

    @Test
    void everyParameterHasADescriptionSinceAndItsUserProperty() throws Exception {
        // given
        List<PluginDescriptor.Parameter> editable = PluginDescriptor.parameters().stream().filter(PluginDescriptor.Parameter::editable)
                .filter(p -> !p.inherited()).toList();
        assertTrue(editable.size() > 40, "parameters found: " + editable.size());

        // then
        List<String> gaps = editable.stream()
                .filter(p -> p.description() == null || p.description().isEmpty() || p.since() == null
                        || !("${addin." + p.name() + "}").equals(p.property()))
                .map(p -> p.goal() + ":" + p.name() + " description=" + (p.description() != null) + " since=" + p.since()
                        + " property=" + p.property())
                .toList();
        assertEquals(List.of(), gaps);
    }

    @Test
    void theReportInheritsOnlyTheReportingParametersEveryReportHas() throws Exception {
        // when
        List<String> inherited = PluginDescriptor.parameters().stream().filter(PluginDescriptor.Parameter::editable)
                .filter(PluginDescriptor.Parameter::inherited).map(PluginDescriptor.Parameter::name).sorted().toList();

        // then: each described by maven-reporting-impl
        assertEquals(List.of("locale", "outputDirectory", "outputFormat", "outputTimestamp", "siteDirectory"), inherited);
        assertTrue(PluginDescriptor.parameters().stream().filter(PluginDescriptor.Parameter::inherited)
                .allMatch(p -> p.description() != null && !p.description().isEmpty()));
    }

    @Test
    void booleanAndNumberParametersShowTheirDefault() throws Exception {
        // primitives always have a value, so the page must say which
        List<String> missing = PluginDescriptor.parameters().stream()
                .filter(p -> p.editable() && (p.type().equals("boolean") || p.type().equals("int")) && p.defaultValue() == null)
                .map(p -> p.goal() + ":" + p.name()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theDefaultsUsersRelyOnAreTheDocumentedOnes() throws Exception {
        // given
        Map<String, String> defaults = new TreeMap<>();
        PluginDescriptor.parameters().stream().filter(p -> p.goal().equals("verify") || p.goal().equals("report"))
                .filter(p -> p.editable() && p.defaultValue() != null).forEach(p -> defaults.put(p.name(), p.defaultValue()));

        // then
        assertEquals("30", defaults.get("expiryWarningDays"));
        assertEquals("ADDIN_CLIENT_SECRET", defaults.get("clientSecretEnv"));
        assertEquals("${project.build.directory}/addin", defaults.get("outputDirectory"));
        assertEquals("${project.build.directory}/addin/registration-report.json", defaults.get("registrationReport"));
        assertEquals("addin-registration", defaults.get("pageName"));
    }

    @Test
    void theUsagePageTableListsEveryParameterWithItsPropertyDefaultAndGoals() throws Exception {
        // given: the rows of the table under "## Parameters", by parameter name
        String usage = Files.readString(Path.of("src/site/markdown/usage.md"), StandardCharsets.UTF_8);
        int start = usage.indexOf("\n## Parameters\n");
        assertTrue(start >= 0, "no section ## Parameters in usage.md");
        Map<String, String[]> rows = new TreeMap<>();
        int end = usage.indexOf("\n## ", start + 1);
        usage.substring(start, end < 0 ? usage.length() : end).lines().filter(line -> line.startsWith("| `")).forEach(line -> {
            String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::trim)
                    .toArray(String[]::new);
            rows.put(cells[0].replace("`", ""), cells);
        });
        Map<String, List<PluginDescriptor.Parameter>> byName = PluginDescriptor.parameters().stream()
                .filter(PluginDescriptor.Parameter::editable).filter(p -> !p.inherited())
                .collect(Collectors.groupingBy(PluginDescriptor.Parameter::name, TreeMap::new, Collectors.toList()));

        // then: each parameter once, with the property and default the goal pages show, and the goals that have it
        List<String> gaps = new ArrayList<>();
        byName.forEach((name, parameters) -> {
            String[] cells = rows.get(name);
            PluginDescriptor.Parameter first = parameters.get(0);
            String property = "`addin." + name + "`";
            String defaultValue = first.defaultValue() == null ? "" : "`" + first.defaultValue() + "`";
            String goals = parameters.stream().map(PluginDescriptor.Parameter::goal).sorted().collect(Collectors.joining(", "));
            if (cells == null) {
                gaps.add(name + ": no row");
            } else if (cells.length != 5 || !cells[1].equals(property) || !cells[2].equals(defaultValue)
                    || !sorted(cells[3]).equals(goals)) {
                gaps.add(name + ": expected " + property + " | " + defaultValue + " | " + goals + ", found " + String.join("|", cells));
            }
        });
        rows.keySet().stream().filter(name -> !byName.containsKey(name)).forEach(name -> gaps.add(name + ": no such parameter"));
        assertEquals(List.of(), gaps);
    }

    private static String sorted(String goals) {
        return Arrays.stream(goals.split(",")).map(String::trim).sorted().collect(Collectors.joining(", "));
    }
}
