package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.AddinSearch;
import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * Every add-in of the corpus, laid out as its authors committed it (with {@code ../shared/corpus-web} over it) and
 * after one Visual Studio build (copies of the manifest, the package files and {@code web.config} in {@code bin/},
 * {@code obj/}, {@code pkg/} and {@code pkgobj/}), injected with no path configured: each provider-hosted add-in's
 * files are found, and what is written is byte for byte what the explicit paths write.
 */
class CorpusSearchTest {
    private static final List<String> BUILD_FOLDERS = List.of("bin/Debug", "obj/Debug", "pkg/Debug", "pkgobj/Debug");

    @TempDir
    Path temp;

    private int providerHosted;
    private int found;
    private int withoutWebConfig;
    private int filesCompared;

    @TestFactory
    Stream<DynamicTest> everyProviderHostedCorpusAddinNeedsNoPath() throws IOException {
        Path corpus = shared("corpus");
        assumeTrue(Files.isDirectory(corpus), "the corpus is not at " + corpus);
        List<Path> projects;
        try (Stream<Path> folders = Files.list(corpus)) {
            projects = folders.filter(Files::isDirectory).sorted().toList();
        }
        Stream<DynamicTest> each = projects.stream().map(p -> dynamicTest(p.getFileName().toString(), () -> check(p)));
        return Stream.concat(each, Stream.of(dynamicTest("summary", () -> {
            System.out.println("Corpus with no path configured: " + found + " of " + providerHosted + " provider-hosted add-ins found"
                    + " and injected byte for byte as with explicit paths (" + withoutWebConfig + " of them with skipWebConfig, having no"
                    + " web.config); " + filesCompared + " files compared");
            assertEquals(providerHosted, found);
            assertTrue(providerHosted > 40);
        })));
    }

    private void check(Path original) throws IOException {
        String name = original.getFileName().toString();
        Path project = temp.resolve(name);
        copy(original, project);
        if (Files.isDirectory(shared("corpus-web").resolve(name))) {
            copy(shared("corpus-web").resolve(name), project);
        }
        List<Path> manifests = named(project, "AppManifest.xml");
        List<Path> providerHostedManifests = new ArrayList<>();
        for (Path manifest : manifests) {
            if (!Files.readString(manifest, java.nio.charset.StandardCharsets.ISO_8859_1).contains("<Internal")) {
                providerHostedManifests.add(manifest);
            }
        }
        if (providerHostedManifests.isEmpty()) {
            return; // SharePoint-hosted: no registration, nothing to find
        }
        assertEquals(1, manifests.size(), name + ": one manifest per provider-hosted corpus add-in");
        providerHosted++;
        List<Path> webConfigs = named(project, "web.config").stream()
                .filter(f -> !f.toString().replace('\\', '/').toLowerCase(Locale.ROOT).contains("/views/")).toList();
        Path manifest = manifests.get(0);
        Optional<Path> webConfig = webConfigs.stream().filter(f -> read(f).contains("\"ClientId\"")).findFirst()
                .or(() -> webConfigs.stream().findFirst());
        afterAVisualStudioBuild(manifest, webConfig);

        // when: nothing configured (skipWebConfig alone for a web project that keeps its settings elsewhere)
        Findings findings = new Findings();
        List<String> log = new ArrayList<>();
        AddinFiles nothing = new AddinFiles(project, null, null, null, null, temp.resolve(name + "-found"), false);
        AddinFiles complete = new AddinSearch(project, List.of(project.resolve("target"))).complete(nothing, webConfig.isEmpty(),
                new AddinFileReader(project), log, findings);

        // then: the files are the explicit ones, and inject writes the same bytes
        assertEquals(List.of(), findings.all().stream().map(Problem::message).toList(), name);
        assertEquals(manifest, complete.appManifest(), name);
        assertEquals(manifest.getParent(), complete.packageDirectory(), name);
        assertEquals(webConfig.orElse(null), complete.webConfig(), name);
        AddinFiles explicit = new AddinFiles(project, webConfig.orElse(null), manifest, manifest.getParent(), null,
                temp.resolve(name + "-explicit"), false);
        InjectOutcome withPaths = AddinProject.inject(new InjectRequest(explicit, AddinProject.registration()));
        InjectOutcome withNone = AddinProject.inject(new InjectRequest(complete, AddinProject.registration()));
        assertEquals(List.of(), AddinProject.errors(withPaths), name);
        assertEquals(List.of(), AddinProject.errors(withNone), name);
        assertEquals(Hosting.PROVIDER_HOSTED, withNone.hosting(), name);
        List<Path> written = files(temp.resolve(name + "-explicit"));
        assertEquals(written, files(temp.resolve(name + "-found")), name + ": the same files");
        for (Path file : written) {
            assertArrayEquals(Files.readAllBytes(temp.resolve(name + "-explicit").resolve(file)),
                    Files.readAllBytes(temp.resolve(name + "-found").resolve(file)), name + ": " + file);
            assertTrue(BUILD_FOLDERS.stream().noneMatch(b -> file.toString().replace('\\', '/').contains(b)),
                    name + ": a build folder's copy went to the output: " + file);
            filesCompared++;
        }
        found++;
        if (webConfig.isEmpty()) {
            withoutWebConfig++;
        }
    }

    /** Copies of the manifest, its package files and web.config where a Visual Studio build puts them. */
    private static void afterAVisualStudioBuild(Path manifest, Optional<Path> webConfig) throws IOException {
        Path addin = manifest.getParent();
        List<Path> packageFiles;
        try (Stream<Path> walk = Files.walk(addin)) {
            packageFiles = walk.filter(Files::isRegularFile).toList();
        }
        for (String folder : BUILD_FOLDERS) {
            for (Path file : packageFiles) {
                Path copy = addin.resolve(folder).resolve(addin.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (webConfig.isPresent()) {
            Path bin = webConfig.get().resolveSibling("bin").resolve(webConfig.get().getFileName().toString());
            Files.createDirectories(bin.getParent());
            Files.copy(webConfig.get(), bin, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Path> named(Path root, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().equalsIgnoreCase(name)).sorted().toList();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String read(Path file) {
        return new String(AddinProject.read(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Path shared(String name) {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(base).resolve("../shared").resolve(name).toAbsolutePath().normalize();
    }
}
