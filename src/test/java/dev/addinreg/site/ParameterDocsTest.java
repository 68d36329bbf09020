package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * What the goal pages of the site show for each parameter comes from the plugin descriptor: every parameter a
 * user sets has a description, {@code @since} and the user property {@code addin.<name>}; those with a default
 * show it.
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
}
