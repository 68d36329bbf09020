package dev.addinreg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The main benchmark's projects: a Maven reactor of real add-ins, one module for each provider-hosted add-in of
 * the corpus ({@code ../shared/corpus} with {@code ../shared/corpus-web} laid over it), as their authors committed
 * them. Two reactors hold the same files:
 * <ul>
 * <li>{@code addin/}: each module runs {@code addin:inject} in {@code process-resources}, its manifest, package
 * folder and {@code web.config} named by parameters;</li>
 * <li>{@code filtering/} (made by {@code filtering} from the {@code addin/} reactor's output): each module runs
 * maven-resources-plugin 3.3.1 {@code copy-resources} with filtering in {@code process-resources}, over the same
 * files as inject wrote them, with {@code ${addin.*}} placeholders where inject set values; its output is then the
 * same bytes.</li>
 * </ul>
 *
 * <p>Usage: {@code CorpusReactor addin <corpus> <corpus-web> <folder> <plugin version>} and
 * {@code CorpusReactor filtering <folder>}.
 */
public final class CorpusReactor {
    /** A test-only secret for the benchmark projects (base64 of "BENCH-addinreg-bench-secret-0001"). */
    public static final String SECRET = ProjectGenerator.SECRET;
    private static final String CLIENT_ID = ProjectGenerator.CLIENT_ID;
    private static final Pattern PROVIDER_HOSTED = Pattern.compile("<RemoteWebApplication\\b");
    private static final Pattern CLIENT_ID_KEY = Pattern.compile("key\\s*=\\s*[\"']ClientId[\"']", Pattern.CASE_INSENSITIVE);

    private CorpusReactor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("addin")) {
            addin(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), args[4]);
        } else if (args.length == 2 && args[0].equals("filtering")) {
            filtering(Path.of(args[1]));
        } else {
            System.err.println("usage: CorpusReactor addin <corpus> <corpus-web> <folder> <plugin version> | filtering <folder>");
            System.exit(2);
        }
    }

    /** One module of the reactor: an add-in's folder, its manifest, and its web.config when it has one. */
    private record Module(String name, Path project, Path manifest, Optional<Path> webConfig) {
    }

    private static void addin(Path corpus, Path corpusWeb, Path folder, String version) throws IOException {
        List<Module> modules = new ArrayList<>();
        try (Stream<Path> projects = Files.list(corpus)) {
            for (Path project : projects.filter(Files::isDirectory).sorted().toList()) {
                List<Path> files = files(project);
                for (Path manifest : files.stream().filter(f -> named(f, "AppManifest.xml")).toList()) {
                    if (PROVIDER_HOSTED.matcher(Files.readString(manifest, StandardCharsets.UTF_8)).find()) {
                        String name = project.getFileName() + (modules.stream().anyMatch(m -> m.project().equals(project))
                                ? "-" + modules.size() : "");
                        modules.add(new Module(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-"), project,
                                manifest, webConfig(project, files)));
                    }
                }
            }
        }
        Path reactor = folder.resolve("addin");
        StringBuilder moduleList = new StringBuilder();
        for (Module module : modules) {
            Path target = reactor.resolve(module.name());
            copyTree(module.project(), target);
            Path web = corpusWeb.resolve(module.project().getFileName());
            if (Files.isDirectory(web)) {
                copyTree(web, target);
            }
            Path manifest = target.resolve(module.project().relativize(module.manifest()));
            String configuration = "          <appManifest>${project.basedir}/" + rel(target, manifest) + "</appManifest>\n"
                    + "          <packageDirectory>${project.basedir}/" + rel(target, manifest.getParent()) + "</packageDirectory>\n"
                    + module.webConfig().map(w -> "          <webConfig>${project.basedir}/" + rel(module.project(), w)
                            + "</webConfig>\n").orElse("          <skipWebConfig>true</skipWebConfig>\n");
            write(target.resolve("pom.xml"), pom(module.name(), "dev.addinreg", "addin-registration-maven-plugin", version,
                    "          <clientId>" + CLIENT_ID + "</clientId>\n"
                            + "          <appDomain>" + domain(module.name()) + "</appDomain>\n"
                            + "          <clientSecretExpires>2099-12-31</clientSecretExpires>\n" + configuration,
                    "<goal>inject</goal>", ""));
            moduleList.append("    <module>").append(module.name()).append("</module>\n");
        }
        write(reactor.resolve("pom.xml"), aggregator(moduleList.toString()));
        System.out.println(modules.size() + " modules, "
                + modules.stream().filter(m -> m.webConfig().isEmpty()).count() + " without a web.config");
    }

    /** The filtering reactor: for each module of {@code addin/}, inject's output with placeholders for the values it set. */
    private static void filtering(Path folder) throws IOException {
        Path addin = folder.resolve("addin");
        Path reactor = folder.resolve("filtering");
        StringBuilder moduleList = new StringBuilder();
        try (Stream<Path> modules = Files.list(addin)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                String name = module.getFileName().toString();
                Path output = module.resolve("target/addin");
                Path sources = reactor.resolve(name).resolve("src/addin");
                for (Path file : files(output)) {
                    Path copy = sources.resolve(output.relativize(file));
                    Files.createDirectories(copy.getParent());
                    if (file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(xml|config)")) {
                        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                                .replace("https://" + domain(name), "${addin.origin}")
                                .replace(CLIENT_ID, "${addin.clientId}").replace(SECRET, "${addin.clientSecret}");
                        Files.write(copy, text.getBytes(StandardCharsets.UTF_8));
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                write(reactor.resolve(name).resolve("pom.xml"), pom(name, "org.apache.maven.plugins", "maven-resources-plugin",
                        "3.3.1", "          <outputDirectory>${project.build.directory}/addin</outputDirectory>\n"
                                + "          <encoding>UTF-8</encoding>\n"
                                + "          <useDefaultDelimiters>false</useDefaultDelimiters>\n"
                                + "          <delimiters><delimiter>${*}</delimiter></delimiters>\n"
                                + "          <resources><resource><directory>src/addin</directory><filtering>true</filtering></resource></resources>\n",
                        "<goal>copy-resources</goal>",
                        "    <addin.clientId>" + CLIENT_ID + "</addin.clientId>\n"
                                + "    <addin.origin>https://" + domain(name) + "</addin.origin>\n"
                                + "    <addin.clientSecret>" + SECRET + "</addin.clientSecret>\n"));
                moduleList.append("    <module>").append(name).append("</module>\n");
            }
        }
        write(reactor.resolve("pom.xml"), aggregator(moduleList.toString()));
    }

    /** The web project's web.config: not under Views/, and the one whose appSettings name ClientId when there are several. */
    private static Optional<Path> webConfig(Path project, List<Path> files) throws IOException {
        List<Path> candidates = files.stream().filter(f -> named(f, "web.config"))
                .filter(f -> !project.relativize(f).toString().replace('\\', '/').toLowerCase(Locale.ROOT).contains("views/"))
                .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Comparator.naturalOrder())).toList();
        for (Path candidate : candidates) {
            if (CLIENT_ID_KEY.matcher(new String(Files.readAllBytes(candidate), StandardCharsets.UTF_8)).find()) {
                return Optional.of(candidate);
            }
        }
        return candidates.stream().findFirst();
    }

    private static String domain(String module) {
        return module.replace('.', '-') + ".example.com";
    }

    private static String pom(String artifactId, String groupId, String plugin, String version, String configuration,
            String goal, String properties) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>dev.addinreg.bench.corpus</groupId>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n  <version>1.0</version>\n  <packaging>pom</packaging>\n"
                + "  <properties>\n    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n" + properties
                + "  </properties>\n  <build>\n    <plugins>\n      <plugin>\n"
                + "        <groupId>" + groupId + "</groupId>\n        <artifactId>" + plugin + "</artifactId>\n"
                + "        <version>" + version + "</version>\n        <configuration>\n" + configuration
                + "        </configuration>\n        <executions>\n          <execution>\n"
                + "            <phase>process-resources</phase>\n            <goals>" + goal + "</goals>\n"
                + "          </execution>\n        </executions>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n";
    }

    private static String aggregator(String modules) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>dev.addinreg.bench.corpus</groupId>\n"
                + "  <artifactId>reactor</artifactId>\n  <version>1.0</version>\n  <packaging>pom</packaging>\n"
                + "  <modules>\n" + modules + "  </modules>\n</project>\n";
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : files(from)) {
            Path copy = to.resolve(from.relativize(file));
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean named(Path file, String name) {
        return file.getFileName().toString().equalsIgnoreCase(name);
    }

    private static String rel(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
