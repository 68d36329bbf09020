package dev.addinreg.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.addinreg.files.FilePatterns;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * Finds an add-in's files under the project's folder when no path names them, as Visual Studio lays a solution out
 * ({@code Contoso/AppManifest.xml}, {@code ContosoWeb/Web.config}): the one {@code AppManifest.xml}, and the web
 * project's {@code web.config}, not one under {@code Views/}, preferring the one whose appSettings hold {@code ClientId}.
 * Build folders, Maven's default excludes, NuGet's {@code packages/}, {@code node_modules/} and the Maven build's own
 * output are never searched. When nothing tells
 * candidates apart, that is a problem listing them.
 */
public final class AddinSearch {
    /** Where a problem of finding the manifest is: the parameter that would name it. */
    private static final String APP_MANIFEST = "<appManifest> (-Daddin.appManifest)";
    private static final String WEB_CONFIG = "<webConfig> (-Daddin.webConfig)";
    private final Path baseDir;
    private final FilePatterns patterns;

    /**
     * @param excluded folders never searched besides the build folders, such as Maven's {@code target}, relative to
     *     the project or absolute
     */
    public AddinSearch(Path baseDir, List<Path> excluded) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        // a solution's NuGet packages and a web project's node modules hold no add-in file of the user's
        List<String> excludes = new ArrayList<>(List.of("packages/**", "**/node_modules/**"));
        for (Path folder : excluded) {
            Path absolute = this.baseDir.resolve(folder).normalize();
            if (absolute.startsWith(this.baseDir) && !absolute.equals(this.baseDir)) {
                excludes.add(this.baseDir.relativize(absolute).toString().replace('\\', '/') + "/**");
            }
        }
        this.patterns = new FilePatterns(List.of(), excludes);
    }

    /**
     * A file found, and why it is the one.
     *
     * @param file the file
     * @param why why it was taken, as a log line says it
     */
    public record Found(Path file, String why) {
    }

    /**
     * The add-in's files as configured, each path not configured found: the manifest at Maven's
     * {@code src/main/sharepoint/AppManifest.xml} when it is there, else the project's one {@code AppManifest.xml}; the
     * package folder, the manifest's; {@code web.config} at {@code src/main/webapp/Web.config} when it is there, else
     * found by {@link #webConfig}. Each file found is a line in {@code log}, saying why.
     *
     * @param configured the configured files; a {@code null} path is not configured
     * @param skipWebConfig whether {@code web.config} is left out
     */
    public AddinFiles complete(AddinFiles configured, boolean skipWebConfig, AddinFileReader reader, List<String> log,
            Findings findings) throws IOException {
        Path manifest = configured.appManifest();
        if (manifest == null) {
            Path maven = baseDir.resolve("src/main/sharepoint/AppManifest.xml");
            if (configured.appPackage() != null || Files.isRegularFile(maven)) {
                manifest = maven;
            } else {
                Optional<Found> found = manifest(findings);
                if (found.isPresent()) {
                    manifest = found.get().file();
                    log.add("appManifest: " + name(manifest) + " (" + found.get().why() + ")");
                } else {
                    manifest = maven;
                }
            }
        }
        Path packageDirectory = configured.packageDirectory();
        if (packageDirectory == null) {
            packageDirectory = manifest.toAbsolutePath().normalize().getParent();
            if (configured.appManifest() == null && !manifest.equals(baseDir.resolve("src/main/sharepoint/AppManifest.xml"))) {
                log.add("packageDirectory: " + name(packageDirectory) + " (the manifest's folder)");
            }
        }
        Path webConfig = skipWebConfig ? null : configured.webConfig();
        if (!skipWebConfig && webConfig == null) {
            Path maven = baseDir.resolve("src/main/webapp/Web.config");
            if (ProjectFiles.findIgnoringCase(maven).isPresent()) {
                webConfig = maven;
            } else {
                Optional<Found> found = webConfig(reader, findings);
                found.ifPresent(f -> log.add("webConfig: " + name(f.file()) + " (" + f.why() + ")"));
                webConfig = found.map(Found::file).orElse(maven);
            }
        }
        return new AddinFiles(configured.baseDir(), webConfig, manifest, packageDirectory, configured.appPackage(),
                configured.outputDirectory(), configured.inPlace(), configured.packagePatterns());
    }

    /** The project's one {@code AppManifest.xml}; none, or several, is a problem. */
    public Optional<Found> manifest(Findings findings) throws IOException {
        List<Path> manifests = named("AppManifest.xml");
        if (manifests.size() == 1) {
            return Optional.of(new Found(manifests.get(0), "the only AppManifest.xml in the project"));
        }
        if (manifests.isEmpty()) {
            findings.add(Problem.error(APP_MANIFEST, "no AppManifest.xml was found in the project", null,
                    "the add-in project's AppManifest.xml below the project's folder (build folders aside)",
                    "set appManifest to the add-in's AppManifest.xml, or run Maven from the solution's folder"));
        } else {
            findings.add(Problem.error(APP_MANIFEST, "the project holds " + manifests.size() + " AppManifest.xml files, and"
                    + " nothing tells which is the add-in's", list(manifests), "one AppManifest.xml, or appManifest naming it",
                    "set appManifest to the add-in's, such as <appManifest>" + name(manifests.get(0)) + "</appManifest>"));
        }
        return Optional.empty();
    }

    /**
     * The web project's {@code web.config}: the only one outside {@code Views/}, or the only one whose appSettings hold
     * {@code ClientId}. Empty when there is none; several that nothing tells apart is a problem.
     */
    public Optional<Found> webConfig(AddinFileReader reader, Findings findings) throws IOException {
        List<Path> candidates = named("web.config").stream().filter(file -> !underViews(file)).toList();
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst().map(file -> new Found(file, "the only web.config in the project,"
                    + " Views/ aside"));
        }
        List<Path> holding = new ArrayList<>();
        for (Path candidate : candidates) {
            Optional<WebConfig> web = WebConfig.read(candidate, reader, (file, namedBy) -> reader.read(file, new Findings(),
                    "", "", ""), new Findings());
            if (web.flatMap(w -> w.effective("ClientId")).isPresent()) {
                holding.add(candidate);
            }
        }
        if (holding.size() == 1) {
            return Optional.of(new Found(holding.get(0), "the only web.config whose appSettings hold ClientId, of "
                    + candidates.size() + " in the project"));
        }
        findings.add(Problem.error(WEB_CONFIG, "the project holds " + candidates.size() + " web.config files, and "
                + (holding.isEmpty() ? "none" : holding.size()) + " of them hold ClientId in their appSettings",
                list(holding.isEmpty() ? candidates : holding), "the web project's web.config, or webConfig naming it",
                "set webConfig to the add-in's web project's, such as <webConfig>" + name((holding.isEmpty() ? candidates
                        : holding).get(0)) + "</webConfig>; for a SharePoint-hosted add-in, set skipWebConfig"));
        return Optional.empty();
    }

    private List<Path> named(String name) throws IOException {
        return patterns.find(baseDir).stream().filter(file -> file.getFileName().toString().equalsIgnoreCase(name)).toList();
    }

    private boolean underViews(Path file) {
        for (Path part : baseDir.relativize(file.toAbsolutePath().normalize())) {
            if (part.toString().toLowerCase(Locale.ROOT).equals("views")) {
                return true;
            }
        }
        return false;
    }

    private String list(List<Path> files) {
        return files.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(Path file) {
        String name = baseDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }
}
