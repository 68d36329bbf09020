package dev.addinreg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI examples the README points to, Linux and Windows, parse as YAML, say what they do, run verify (through the
 * lifecycle) with the secret from the platform's store in ADDIN_CLIENT_SECRET, never on the command line, and a build
 * number for the add-in's version, and keep registration-report.json.
 */
class CiExamplesTest {
    private static final Path FOLDER = Path.of("examples/ci");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            return new Yaml().load(in);
        }
    }

    /**
     * Checks the Maven step's command line and environment: the wrapper, the verify phase alone, the build number, the
     * secret mapped from the store into the environment and nowhere in the command. In PowerShell every {@code -D}
     * argument is quoted: unquoted, PowerShell splits {@code -Daddin.buildNumber=1} at its first dot.
     */
    private static void assertRunsVerify(String file, String command, Object env, boolean powerShell, String buildNumber,
            String secretFromStore) {
        String wrapper = powerShell ? ".\\mvnw.cmd" : "./mvnw";
        assertTrue(command.startsWith(wrapper + " "), file + ": runs the project's Maven wrapper " + wrapper + ": " + command);
        // the platform's expression for the build number holds spaces (${{ github.run_number }}): one argument
        List<String> arguments = Arrays.asList(command.substring(wrapper.length()).replace(buildNumber, "BUILD_NUMBER").strip()
                .split(" +"));
        assertEquals(List.of("verify"), arguments.stream().filter(a -> !a.startsWith("-") && !a.startsWith("\"")).toList(),
                file + ": runs the verify phase alone: validate, inject and verify");
        String buildNumberArgument = "-Daddin.buildNumber=BUILD_NUMBER";
        assertTrue(arguments.contains(powerShell ? "\"" + buildNumberArgument + "\"" : buildNumberArgument),
                file + ": a build number fills the fourth part of the add-in version: " + command);
        if (powerShell) {
            assertEquals(List.of(), arguments.stream().filter(a -> a.startsWith("-D")).toList(), file + ": -D arguments quoted");
        }
        for (String secret : List.of("clientSecret", "ClientSecret", "CLIENT_SECRET", secretFromStore)) {
            assertFalse(command.contains(secret), file + ": the secret is not on the command line: " + command);
        }
        assertEquals(secretFromStore, ((Map<?, ?>) env).get("ADDIN_CLIENT_SECRET"), file + ": the secret comes from the store");
    }

    private static void assertSaysWhatItDoes(String file) throws IOException {
        String text = Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Check a SharePoint Add-in's registration, write it into the add-in's files and verify them"),
                file + ": the title says what the example does");
        assertTrue(text.contains("nothing is") && text.contains("built or published"), file + ": and what it does not do");
    }

    @ParameterizedTest
    @CsvSource({"github-actions.yml, ubuntu-latest, false", "github-actions-windows.yml, windows-latest, true"})
    @SuppressWarnings("unchecked")
    void gitHubActionsRunsVerifyWithTheSecretFromTheStoreAndUploadsTheReport(String file, String runner, boolean powerShell)
            throws IOException {
        assertSaysWhatItDoes(file);
        Map<String, Object> workflow = read(file);
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("registration");
        assertEquals(runner, job.get("runs-on"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");

        Map<String, Object> build = steps.stream().filter(s -> String.valueOf(s.get("run")).contains("mvnw")).findFirst().orElseThrow();
        if (powerShell) {
            Object shell = build.getOrDefault("shell",
                    ((Map<String, Object>) ((Map<String, Object>) job.get("defaults")).get("run")).get("shell"));
            assertEquals("pwsh", shell, file + ": the step runs in PowerShell");
        }
        assertRunsVerify(file, (String) build.get("run"), build.get("env"), powerShell, "${{ github.run_number }}",
                "${{ secrets.ADDIN_CLIENT_SECRET }}");
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact"))
                .findFirst().orElseThrow();
        assertEquals("always()", upload.get("if"), "the report is kept when verify fails too");
        assertEquals("target/addin/registration-report.json", ((Map<String, Object>) upload.get("with")).get("path"));
    }

    @ParameterizedTest
    @CsvSource({"azure-pipelines.yml, ubuntu-latest, script", "azure-pipelines-windows.yml, windows-latest, pwsh"})
    @SuppressWarnings("unchecked")
    void azurePipelinesRunsVerifyWithTheSecretMappedAndPublishesTheReport(String file, String image, String stepKind)
            throws IOException {
        assertSaysWhatItDoes(file);
        Map<String, Object> pipeline = read(file);
        assertEquals(image, ((Map<String, Object>) pipeline.get("pool")).get("vmImage"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) pipeline.get("steps");

        Map<String, Object> build = steps.stream().filter(s -> String.valueOf(s.get(stepKind)).contains("mvnw")).findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no " + stepKind + " step runs Maven"));
        assertRunsVerify(file, (String) build.get(stepKind), build.get("env"), stepKind.equals("pwsh"), "$(addinBuildNumber)",
                "$(AddinClientSecret)");
        Map<String, Object> variables = (Map<String, Object>) pipeline.get("variables");
        assertEquals("$[counter(variables['addinRelease'], 0)]", variables.get("addinBuildNumber"),
                "a counter of the release's own, which starts again from 0: Build.BuildId soon passes 9999");
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
