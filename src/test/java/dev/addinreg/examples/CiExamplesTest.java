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

    /** The index of the first step that {@code matches}, failing when none does. */
    private static int step(String file, List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> matches,
            String what) {
        for (int i = 0; i < steps.size(); i++) {
            if (matches.test(steps.get(i))) {
                return i;
            }
        }
        throw new AssertionError(file + ": no step " + what);
    }

    private static boolean maven(Map<String, Object> step, String phase) {
        String script = String.valueOf(step.get("pwsh"));
        return script.contains(".\\mvnw.cmd -B " + phase + " ");
    }

    private static boolean msBuild(Map<String, Object> step, String project) {
        return String.valueOf(step.get("task")).startsWith("MSBuild@")
                && project.equals(((Map<?, ?>) step.get("inputs")).get("solution"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stampBeforeMsBuildStampsTheCheckoutThenVerifiesWhatMsBuildMade() throws IOException {
        String file = "azure-pipelines-stamp-before-msbuild.yml";
        List<Map<String, Object>> steps = (List<Map<String, Object>>) read(file).get("steps");

        int stamp = step(file, steps, s -> maven(s, "process-resources"), "runs inject (process-resources)");
        int packageAddin = step(file, steps, s -> msBuild(s, "Contoso/Contoso.csproj"), "packages the add-in with MSBuild");
        int publishWeb = step(file, steps, s -> msBuild(s, "ContosoWeb/ContosoWeb.csproj"), "publishes the web with MSBuild");
        int verify = step(file, steps, s -> maven(s, "verify"), "runs verify");
        assertTrue(stamp < packageAddin && packageAddin < publishWeb && publishWeb < verify,
                file + ": Maven stamps, MSBuild packages and publishes, Maven verifies, in this order");
        for (int maven : List.of(stamp, verify)) {
            String command = (String) steps.get(maven).get("pwsh");
            assertTrue(command.contains("\"-Daddin.buildNumber=$(addinBuildNumber)\""), file + ": the same build number in both: " + command);
            assertFalse(command.contains("AddinClientSecret"), file + ": the secret is not in the script");
            assertEquals("$(AddinClientSecret)", ((Map<String, Object>) steps.get(maven).get("env")).get("ADDIN_CLIENT_SECRET"));
        }
        // verify reads the .app MSBuild made, whose folder is the stamped Version: the flow's POM takes it as a property
        assertTrue(((String) steps.get(verify).get("pwsh")).contains("\"-Dmsbuild.appPackage=$app\""));
        String pom = Files.readString(Path.of("src/it/flow-stamp-before-msbuild/pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<appPackage>${msbuild.appPackage}</appPackage>"), "the flow's IT takes the package as msbuild.appPackage");
        Map<String, Object> report = steps.get(step(file, steps, s -> "registration-report".equals(
                ((Map<?, ?>) s.getOrDefault("inputs", Map.of())).get("artifact")), "keeps the report"));
        assertEquals("always()", report.get("condition"));
        assertEquals("target/addin/registration-report.json", ((Map<String, Object>) report.get("inputs")).get("targetPath"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stampAfterMsBuildStampsACopyPerRegistrationOfWhatMsBuildMade() throws IOException {
        String file = "azure-pipelines-stamp-after-msbuild.yml";
        List<Map<String, Object>> steps = (List<Map<String, Object>>) read(file).get("steps");

        int packageAddin = step(file, steps, s -> msBuild(s, "Contoso/Contoso.csproj"), "packages the add-in with MSBuild");
        int publishWeb = step(file, steps, s -> msBuild(s, "ContosoWeb/ContosoWeb.csproj"), "publishes the web with MSBuild");
        int verify = step(file, steps, s -> maven(s, "verify"), "runs verify");
        assertTrue(packageAddin < verify && publishWeb < verify, file + ": MSBuild first, then Maven stamps its output");
        Map<String, Object> env = (Map<String, Object>) steps.get(verify).get("env");
        // the flow's IT: execution worldwide reads the default variable, china the one its clientSecretEnv names
        String pom = Files.readString(Path.of("src/it/flow-stamp-after-msbuild/pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<clientSecretEnv>ADDIN_CLIENT_SECRET_CHINA</clientSecretEnv>"));
        assertEquals(Map.of("ADDIN_CLIENT_SECRET", "$(AddinClientSecret)", "ADDIN_CLIENT_SECRET_CHINA", "$(AddinClientSecretChina)"), env);
        for (String id : List.of("worldwide", "china")) {
            assertTrue(pom.contains("<outputDirectory>${project.build.directory}/addin/" + id + "</outputDirectory>"));
            int deploy = step(file, steps, s -> ("deploy-" + id).equals(((Map<?, ?>) s.getOrDefault("inputs", Map.of())).get("artifact")),
                    "keeps what " + id + " deploys");
            assertTrue(deploy > verify);
        }
        String layout = (String) steps.get(step(file, steps, s -> String.valueOf(s.get("pwsh")).contains("target\\deploy"),
                "lays out what each environment deploys")).get("pwsh");
        assertTrue(layout.contains("Copy-Item -Force \"target\\addin\\$id\\web\\Web.config\" \"target\\deploy\\$id\\web\\Web.config\""),
                file + ": the stamped Web.config replaces the published one: " + layout);
        // the reports are kept when the build fails, and alone: target/addin also holds the stamped Web.config files
        Map<String, Object> gather = steps.get(step(file, steps, s -> String.valueOf(s.get("task")).startsWith("CopyFiles@"),
                "gathers the reports"));
        assertEquals("always()", gather.get("condition"));
        assertEquals("*/registration-report.json", ((Map<String, Object>) gather.get("inputs")).get("Contents"));
        for (Map<String, Object> publish : steps) {
            Object target = ((Map<?, ?>) publish.getOrDefault("inputs", Map.of())).get("targetPath");
            assertFalse("target/addin".equals(target), file + ": no artifact holds target/addin whole, with its secrets");
        }
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
