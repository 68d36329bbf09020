package dev.addinreg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI examples the README points to parse as YAML, run verify (through the lifecycle) with the
 * secret from the platform's store in ADDIN_CLIENT_SECRET and a build number for the add-in's version, and keep
 * registration-report.json.
 */
class CiExamplesTest {
    private static final Path FOLDER = Path.of("examples/ci");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            return new Yaml().load(in);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitHubActionsRunsVerifyWithTheSecretFromTheStoreAndUploadsTheReport() throws IOException {
        Map<String, Object> workflow = read("github-actions.yml");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("package");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");

        Map<String, Object> build = steps.stream().filter(s -> String.valueOf(s.get("run")).startsWith("./mvnw")).findFirst().orElseThrow();
        assertTrue(((String) build.get("run")).contains(" verify"), "runs the verify phase: validate, inject and verify");
        assertTrue(((String) build.get("run")).endsWith(" -Daddin.buildNumber=${{ github.run_number }}"),
                "the run number fills the fourth part of the add-in version");
        assertEquals("${{ secrets.ADDIN_CLIENT_SECRET }}", ((Map<String, Object>) build.get("env")).get("ADDIN_CLIENT_SECRET"));
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact"))
                .findFirst().orElseThrow();
        assertEquals("always()", upload.get("if"), "the report is kept when verify fails too");
        assertEquals("target/addin/registration-report.json", ((Map<String, Object>) upload.get("with")).get("path"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void azurePipelinesRunsVerifyWithTheSecretMappedAndPublishesTheReport() throws IOException {
        Map<String, Object> pipeline = read("azure-pipelines.yml");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) pipeline.get("steps");

        Map<String, Object> build = steps.stream().filter(s -> String.valueOf(s.get("script")).startsWith("./mvnw")).findFirst().orElseThrow();
        assertTrue(((String) build.get("script")).contains(" verify"), "runs the verify phase: validate, inject and verify");
        assertTrue(((String) build.get("script")).endsWith(" -Daddin.buildNumber=$(addinBuildNumber)"),
                "a build number fills the fourth part of the add-in version");
        Map<String, Object> variables = (Map<String, Object>) pipeline.get("variables");
        assertEquals("$[counter(variables['addinRelease'], 0)]", variables.get("addinBuildNumber"),
                "a counter of the release's own, which starts again from 0: Build.BuildId soon passes 9999");
        assertEquals("$(AddinClientSecret)", ((Map<String, Object>) build.get("env")).get("ADDIN_CLIENT_SECRET"));
        Map<String, Object> publish = steps.stream().filter(s -> String.valueOf(s.get("task")).startsWith("PublishPipelineArtifact"))
                .findFirst().orElseThrow();
        assertEquals("always()", publish.get("condition"));
        assertEquals("target/addin/registration-report.json", ((Map<String, Object>) publish.get("inputs")).get("targetPath"));
    }

    @Test
    void theExamplePomRunsValidateInjectAndVerify() throws IOException {
        String pom = Files.readString(Path.of("examples/contoso-orders/pom.xml"), StandardCharsets.UTF_8);
        for (String goal : List.of("validate", "inject", "verify")) {
            assertTrue(pom.contains("<goal>" + goal + "</goal>"), "the example binds addin:" + goal);
        }
        // the pipelines pass a build number, which needs a version to fill
        assertTrue(pom.contains("<addinVersion>${project.version}</addinVersion>"), "the example sets addinVersion");
    }
}
