package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.dotnet.DotNetAppSettings;
import dev.addinreg.registration.AddinVersion;

/**
 * Every add-in of the real-world corpus ({@code ../shared/corpus}, 57 projects from the PnP samples): each is copied to
 * a temporary folder and injected with an add-in version set, and every file produced is compared, byte for byte, with
 * what a simple textual model of the injection expects: the registration values, the root's {@code Version} (of a
 * SharePoint-hosted manifest too) and {@code ~remoteAppUrl} tokens outside comments replaced, a missing entry or section
 * added as its neighbours are written, and nothing else changed. Sources and every {@code Views/Web.config} stay
 * byte-identical.
 *
 * <p>Some corpus files hold public sample values that look like real secrets: no message here shows a file's content
 * or a value, only paths, positions and counts.
 */
class CorpusInjectTest {
    private static final String TOKEN = "~remoteAppUrl";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern TOKEN_COUNT = Pattern.compile("(\\d+) ~remoteAppUrl tokens? replaced");
    private static final Pattern APP_SETTINGS_FILE = Pattern.compile("<appSettings\\s[^>]*\\bfile\\s*=\\s*([\"'])(.*?)\\1");
    /** The version every add-in is given: above each corpus manifest's own, so every one is set. */
    private static final AddinVersion VERSION = AddinVersion.parse("1.4.2-SNAPSHOT").withRevision(57);

    @TempDir
    Path temp;

    private final Tally tally = new Tally();

    /** What the corpus run covered, for the summary line. */
    private static final class Tally {
        int projects;
        int sourceFiles;
        int requests;
        int providerHosted;
        int sharePointHosted;
        int refusedWithoutWebConfig;
        int webConfigsEdited;
        int viewsWebConfigs;
        int outputsCompared;
        int tokens;
        int readByDotNet;
        int appSettingsFiles;
        int versionsSet;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusProjectChangesOnlyItsRegistrationValues() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus), "the corpus is not at " + corpus);
        List<Path> projects;
        try (Stream<Path> folders = Files.list(corpus)) {
            projects = folders.filter(Files::isDirectory).sorted().toList();
        }
        Stream<DynamicTest> each = projects.stream()
                .map(project -> dynamicTest(project.getFileName().toString(), () -> checkProject(project)));
        DynamicTest summary = dynamicTest("summary", () -> {
            System.out.println("Corpus: " + tally.projects + " projects, " + tally.sourceFiles + " files, "
                    + tally.outputsCompared + " outputs compared byte for byte, " + tally.tokens + " ~remoteAppUrl tokens replaced ("
                    + tally.requests + " injections: " + tally.providerHosted + " provider-hosted, " + tally.sharePointHosted
                    + " SharePoint-hosted, " + tally.refusedWithoutWebConfig + " refused for want of a web.config, then injected with skipWebConfig; "
                    + tally.webConfigsEdited + " web.configs edited, " + tally.appSettingsFiles + " of them through the file their"
                    + " appSettings name, " + tally.viewsWebConfigs + " Views/Web.config untouched; .NET read the registration back from "
                    + tally.readByDotNet + " of them; Version " + VERSION + " set in " + tally.versionsSet + " manifests)");
            assertEquals(projects.size(), tally.projects, "every project was checked");
            assertEquals(57, tally.projects);
            assertTrue(tally.tokens > 0 && tally.webConfigsEdited > 0 && tally.sharePointHosted > 0);
            assertEquals(tally.webConfigsEdited, tally.readByDotNet, "every web.config written is read back by .NET");
            assertTrue(tally.appSettingsFiles > 0, "Provisioning.UX.App keeps its values in the file its appSettings name");
            assertEquals(tally.providerHosted + tally.sharePointHosted, tally.versionsSet, "every manifest injected got its version");
        });
        return Stream.concat(each, Stream.of(summary));
    }

    /** {@code ../shared/corpus} beside the project, found from surefire's {@code basedir} or the working directory. */
    private static Path corpus() {
        return shared("corpus");
    }

    /** {@code ../shared/corpus-web}: the rest of the corpus's web projects (TokenHelper.cs, appSettings files), at the same paths. */
    private static Path corpusWeb() {
        return shared("corpus-web");
    }

    private static Path shared(String name) {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(base).resolve("../shared").resolve(name).toAbsolutePath().normalize();
    }

    private void checkProject(Path original) throws IOException {
        // given a copy of the project, never the corpus itself
        String name = original.getFileName().toString();
        Path project = copy(original, temp.resolve("projects").resolve(name));
        if (Files.isDirectory(corpusWeb().resolve(name))) {
            copy(corpusWeb().resolve(name), project);
        }
        DotNetAppSettings.requireMono();
        Map<Path, Snapshot> before = snapshot(project);
        List<Path> files = List.copyOf(before.keySet());
        List<Path> manifests = files.stream().filter(f -> named(f, "AppManifest.xml")).toList();
        List<Path> webConfigs = files.stream().filter(f -> named(f, "web.config") && !underViews(project, f)).toList();
        List<Path> views = files.stream().filter(f -> named(f, "web.config") && underViews(project, f)).toList();
        assertFalse(manifests.isEmpty(), name + " has no AppManifest.xml");
        TreeSet<Path> covered = new TreeSet<>(views);
        covered.addAll(webConfigs);
        // the web project's code (TokenHelper.cs) is not the plugin's to read; an appSettings file is checked with its web.config
        files.stream().filter(f -> f.getFileName().toString().endsWith(".cs") || named(f, "appSettings.config")).forEach(covered::add);

        for (Path manifest : manifests) {
            boolean sharePointHosted = Model.sharePointHosted(Model.decode(read(manifest), label(project, manifest)).text());
            List<Optional<Path>> pairings = sharePointHosted || webConfigs.isEmpty()
                    ? List.of(Optional.empty()) : webConfigs.stream().map(Optional::of).toList();
            for (Optional<Path> webConfig : pairings) {
                covered.addAll(injectAndCompare(project, manifest, webConfig, sharePointHosted));
            }
        }

        // then no source changed, Views/Web.config included, and the run covered every file of the project
        assertUnchanged(project, before);
        for (Path file : files) {
            Path inCorpus = original.resolve(project.relativize(file).toString());
            Path inCorpusWeb = corpusWeb().resolve(name).resolve(project.relativize(file).toString());
            assertArrayEquals(read(Files.exists(inCorpusWeb) ? inCorpusWeb : inCorpus), read(file),
                    () -> label(project, file) + " differs from the corpus");
        }
        assertEquals(new TreeSet<>(files), covered, name + ": every file is a manifest's package file, a web.config or its"
                + " appSettings file, the web project's code or a Views decoy");
        tally.projects++;
        tally.sourceFiles += files.size();
        tally.viewsWebConfigs += views.size();
    }

    /**
     * Injects one manifest (and web.config) into a fresh output folder; returns the source files it accounted for: those
     * whose output was checked, or the manifest whose injection was refused.
     */
    private List<Path> injectAndCompare(Path project, Path manifest, Optional<Path> webConfig, boolean sharePointHosted)
            throws IOException {
        Path packageDirectory = manifest.getParent();
        Path output = temp.resolve("output").resolve(String.valueOf(tally.requests++));
        InjectRequest request = new InjectRequest(new AddinFiles(project, webConfig.orElse(project.resolve("no-web-application/Web.config")),
                manifest, packageDirectory, null, output, false), AddinProject.registrationWithVersion(VERSION));
        String what = label(project, manifest) + webConfig.map(w -> " with " + label(project, w)).orElse("");

        // when
        InjectOutcome outcome = AddinProject.inject(request);

        // then
        if (!sharePointHosted && webConfig.isEmpty()) {
            // a provider-hosted add-in whose project has no web.config (ASP.NET Core keeps settings elsewhere) is refused...
            assertEquals(List.of("there is no web.config"), problems(outcome).stream().map(p -> p.substring(p.indexOf(": ") + 2)).toList(),
                    what);
            assertFalse(Files.exists(output), what + ": nothing is written");
            tally.refusedWithoutWebConfig++;
            // ...unless web.config is left out (skipWebConfig): then the manifest and package are injected
            request = new InjectRequest(new AddinFiles(project, null, manifest, packageDirectory, null, output, false),
                    AddinProject.registrationWithVersion(VERSION));
            outcome = AddinProject.inject(request);
            what = what + " without web.config";
        }
        assertEquals(List.of(), problems(outcome), what);
        assertEquals(sharePointHosted ? Hosting.SHAREPOINT_HOSTED : Hosting.PROVIDER_HOSTED, outcome.hosting(), what);
        if (sharePointHosted) {
            tally.sharePointHosted++;
        } else {
            tally.providerHosted++;
        }

        List<Path> checked = new ArrayList<>();
        int tokens = 0;
        List<Path> packageFiles;
        try (Stream<Path> walk = Files.walk(packageDirectory)) {
            packageFiles = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : packageFiles) {
            String label = label(project, file);
            Model.Expected expected = file.equals(manifest) ? Model.manifest(read(file), label, !sharePointHosted)
                    : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? Model.packageXml(read(file), label)
                    : new Model.Expected(read(file), 0);
            assertSameBytes(expected.bytes(), output.resolve("package").resolve(packageDirectory.relativize(file).toString()), label);
            if (file.equals(manifest)) {
                InjectOutcome.EditedFile edited = outcome.edited().stream().filter(e -> e.source().equals(label)).findFirst()
                        .orElseThrow(() -> new AssertionError(label + " is not among the edited files"));
                assertTrue(edited.changes().contains("Version set"), label + ": " + edited.changes());
                assertEquals(sharePointHosted, !edited.changes().contains("ClientId set"), label + ": " + edited.changes());
                tally.versionsSet++;
            }
            tokens += expected.tokens();
            checked.add(file);
        }
        assertEquals(packageFiles.stream().map(f -> packageDirectory.relativize(f).toString()).toList(), relativeFiles(output.resolve("package")),
                what + ": the package output holds exactly the package's files");

        if (webConfig.isPresent() && !sharePointHosted) {
            Path source = webConfig.get();
            String label = label(project, source);
            Path webOutput = output.resolve("web").resolve(source.getFileName().toString());
            Matcher named = APP_SETTINGS_FILE.matcher(Model.decode(read(source), label).text());
            Path file = named.find() ? source.resolveSibling(named.group(2)) : null;
            String editedLabel = label;
            if (file != null && Files.isRegularFile(file)) {
                // the values live in the file the appSettings name, which .NET reads after the section: it is edited, web.config is not
                assertSameBytes(read(source), webOutput, label);
                assertSameBytes(Model.appSettingsFile(read(file), label(project, file)), output.resolve("web").resolve(named.group(2)),
                        label(project, file));
                assertEquals(List.of(source.getFileName().toString(), named.group(2)).stream().sorted().toList(),
                        relativeFiles(output.resolve("web")), what + ": the web.config and the file it names");
                editedLabel = label(project, file);
                tally.appSettingsFiles++;
                tally.outputsCompared++;
            } else {
                assertSameBytes(Model.webConfig(read(source), label).bytes(), webOutput, label);
                assertEquals(List.of(source.getFileName().toString()), relativeFiles(output.resolve("web")), what + ": only the web.config");
            }
            String editedFile = editedLabel;
            InjectOutcome.EditedFile edited = outcome.edited().stream().filter(e -> e.source().equals(editedFile)).findFirst()
                    .orElseThrow(() -> new AssertionError(editedFile + " is not among the edited files"));
            for (String key : List.of("ClientId", "ClientSecret")) {
                assertTrue(edited.changes().contains(key + " set") || edited.changes().contains(key + " already set"),
                        editedFile + ": " + edited.changes());
            }
            // and .NET itself reads the registration from what ships
            assertEquals(Map.of("ClientId", AddinProject.CLIENT_ID, "ClientSecret", DotNetAppSettings.secret(AddinProject.SECRET)),
                    DotNetAppSettings.read(webOutput, List.of("ClientId", "ClientSecret")), label + ": what .NET reads");
            tally.readByDotNet++;
            tally.webConfigsEdited++;
        } else {
            assertFalse(Files.exists(output.resolve("web")), what + ": a SharePoint-hosted add-in's web.config is not edited");
        }
        assertEquals(tokens, tokensReported(outcome), what + ": tokens counted in the change text");
        tally.tokens += tokens;
        tally.outputsCompared += checked.size() + (webConfig.isPresent() && !sharePointHosted ? 1 : 0);

        // and a second run writes nothing
        Map<Path, Snapshot> written = snapshot(output);
        InjectOutcome again = AddinProject.inject(request);
        assertEquals(List.of(), problems(again), what + " (second run)");
        assertTrue(again.edited().stream().noneMatch(InjectOutcome.EditedFile::written), what + ": nothing rewritten");
        assertEquals(0, again.copiesWritten(), what + ": no copy rewritten");
        assertUnchanged(output, written);
        return checked;
    }

    private static int tokensReported(InjectOutcome outcome) {
        int total = 0;
        for (InjectOutcome.EditedFile file : outcome.edited()) {
            for (String change : file.changes()) {
                Matcher matcher = TOKEN_COUNT.matcher(change);
                if (matcher.matches()) {
                    total += Integer.parseInt(matcher.group(1));
                }
            }
        }
        return total;
    }

    /** Where and what of each problem: never a found value. */
    private static List<String> problems(InjectOutcome outcome) {
        return outcome.findings().all().stream().map(p -> p.where() + ": " + p.what()).toList();
    }

    /**
     * Compares bytes and, when they differ, says where (offset and line) without showing either side's content: the
     * corpus holds values that look like secrets.
     */
    private static void assertSameBytes(byte[] expected, Path actualFile, String label) {
        assertTrue(Files.isRegularFile(actualFile), () -> label + ": no output at " + actualFile);
        byte[] actual = read(actualFile);
        int mismatch = Arrays.mismatch(expected, actual);
        if (mismatch >= 0) {
            int line = 1;
            for (int i = 0; i < Math.min(mismatch, expected.length); i++) {
                if (expected[i] == '\n') {
                    line++;
                }
            }
            fail(label + ": the output differs from the expected bytes from byte " + mismatch + " (line " + line + "); expected "
                    + expected.length + " bytes, found " + actual.length);
        }
        assertArrayEquals(expected, actual, label);
    }

    private record Snapshot(byte[] bytes, FileTime modified) {
    }

    private static Map<Path, Snapshot> snapshot(Path root) throws IOException {
        Map<Path, Snapshot> files = new LinkedHashMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : all) {
            files.put(file, new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
        }
        return files;
    }

    private static void assertUnchanged(Path root, Map<Path, Snapshot> before) throws IOException {
        assertEquals(before.keySet(), snapshot(root).keySet(), root + ": no file added or removed");
        for (Map.Entry<Path, Snapshot> file : before.entrySet()) {
            String label = label(root, file.getKey());
            assertArrayEquals(file.getValue().bytes(), Files.readAllBytes(file.getKey()), () -> label + " changed");
            assertEquals(file.getValue().modified(), Files.getLastModifiedTime(file.getKey()), () -> label + " was rewritten");
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.sorted().toList();
        }
        boolean posix = Files.getFileAttributeView(to.getRoot(), PosixFileAttributeView.class) != null;
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
                if (posix) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        return to;
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().map(f -> root.relativize(f).toString()).toList();
        }
    }

    private static boolean named(Path file, String name) {
        return file.getFileName().toString().equalsIgnoreCase(name);
    }

    private static boolean underViews(Path project, Path file) {
        for (Path part : project.relativize(file).getParent() == null ? List.<Path>of() : project.relativize(file).getParent()) {
            if (part.toString().equalsIgnoreCase("Views")) {
                return true;
            }
        }
        return false;
    }

    private static String label(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        return AddinProject.read(file);
    }

    /**
     * The expected result of an injection, computed from the text alone: regular expressions over the text with its
     * comments, CDATA sections and processing instructions marked, independent of XmlTree and the editors. It knows
     * the shapes the corpus has and fails, naming the file, on any other.
     */
    static final class Model {
        private static final Pattern KEY = Pattern.compile("\\bkey\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
        private static final Pattern VALUE = Pattern.compile("\\bvalue\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
        private static final Pattern CLIENT_ID = Pattern.compile("\\bClientId\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
        private static final Pattern ADD = Pattern.compile("<add\\b[^>]*>");
        private static final Pattern APP_SETTINGS = Pattern.compile("<appSettings(?=[\\s/>])");
        private static final Pattern REMOTE_WEB_APPLICATION = Pattern.compile("<(?:\\w+:)?RemoteWebApplication(?=[\\s/>])");
        private static final Pattern APP = Pattern.compile("<(?:\\w+:)?App(?=[\\s/>])");
        private static final Pattern VERSION_ATTRIBUTE = Pattern.compile("(?<![\\w:.-])Version\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
        private static final Pattern INTERNAL = Pattern.compile("<(?:\\w+:)?Internal(?=[\\s/>])");
        private static final List<String> KEYS = List.of("ClientId", "ClientSecret");

        record Expected(byte[] bytes, int tokens) {
        }

        /** A file's text as UTF-8, with or without a byte-order mark: all the corpus holds. */
        record Decoded(boolean bom, String text) {
            byte[] encode(String newText) {
                byte[] body = newText.getBytes(StandardCharsets.UTF_8);
                if (!bom) {
                    return body;
                }
                byte[] all = new byte[UTF8_BOM.length + body.length];
                System.arraycopy(UTF8_BOM, 0, all, 0, UTF8_BOM.length);
                System.arraycopy(body, 0, all, UTF8_BOM.length, body.length);
                return all;
            }
        }

        static Decoded decode(byte[] bytes, String label) {
            boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString();
                return new Decoded(bom, text);
            } catch (CharacterCodingException e) {
                throw new AssertionError(label + ": the model reads UTF-8 only", e);
            }
        }

        static boolean sharePointHosted(String text) {
            boolean[] hidden = hidden(text);
            return find(INTERNAL, text, hidden, 0) >= 0 && find(REMOTE_WEB_APPLICATION, text, hidden, 0) < 0;
        }

        /** Package XML: every token outside comments replaced. */
        static Expected packageXml(byte[] bytes, String label) {
            Decoded decoded = decode(bytes, label);
            List<int[]> spans = new ArrayList<>();
            List<String> values = new ArrayList<>();
            int tokens = tokens(decoded.text(), spans, values);
            return new Expected(decoded.encode(apply(decoded.text(), spans, values)), tokens);
        }

        /** The manifest: tokens, the root's Version, and for a provider-hosted add-in the RemoteWebApplication ClientId. */
        static Expected manifest(byte[] bytes, String label, boolean providerHosted) {
            Decoded decoded = decode(bytes, label);
            String text = decoded.text();
            List<int[]> spans = new ArrayList<>();
            List<String> values = new ArrayList<>();
            int tokens = tokens(text, spans, values);
            int root = find(APP, text, hidden(text), 0);
            Matcher version = VERSION_ATTRIBUTE.matcher(text).region(root, text.indexOf('>', root));
            if (root < 0 || !version.find()) {
                throw new AssertionError(label + ": the model expects <App ... Version=...>");
            }
            spans.add(new int[] {version.start(2), version.end(2)});
            values.add(VERSION.toString());
            if (providerHosted) {
                int start = find(REMOTE_WEB_APPLICATION, text, hidden(text), 0);
                int end = text.indexOf('>', start);
                Matcher id = CLIENT_ID.matcher(text).region(start, end);
                if (start < 0 || !id.find()) {
                    throw new AssertionError(label + ": the model expects <RemoteWebApplication ClientId=...>");
                }
                spans.add(new int[] {id.start(2), id.end(2)});
                values.add(AddinProject.CLIENT_ID);
            }
            return new Expected(decoded.encode(apply(text, spans, values)), tokens);
        }

        /** A file an appSettings section names: the two values set in the entries it already has. */
        static byte[] appSettingsFile(byte[] bytes, String label) {
            Decoded decoded = decode(bytes, label);
            String text = decoded.text();
            boolean[] hidden = hidden(text);
            List<int[]> spans = new ArrayList<>();
            List<String> values = new ArrayList<>();
            Map<String, String> settings = Map.of("ClientId", AddinProject.CLIENT_ID, "ClientSecret", AddinProject.SECRET);
            Matcher add = ADD.matcher(text);
            while (add.find()) {
                Matcher key = KEY.matcher(text).region(add.start(), add.end());
                if (hidden[add.start()] || !key.find() || !settings.containsKey(key.group(2))) {
                    continue;
                }
                Matcher value = VALUE.matcher(text).region(add.start(), add.end());
                if (!value.find()) {
                    throw new AssertionError(label + ": the model expects a value attribute");
                }
                spans.add(new int[] {value.start(2), value.end(2)});
                values.add(settings.get(key.group(2)));
            }
            if (spans.size() != settings.size()) {
                throw new AssertionError(label + ": the model expects ClientId and ClientSecret once each");
            }
            return decoded.encode(apply(text, spans, values));
        }

        /** A web.config: the two appSettings values set, a missing entry or section added as its neighbours are written. */
        static Expected webConfig(byte[] bytes, String label) {
            Decoded decoded = decode(bytes, label);
            String text = decoded.text();
            boolean[] hidden = hidden(text);
            String eol = text.contains("\r\n") ? "\r\n" : "\n";
            if (eol.equals("\r\n") && text.replace("\r\n", "").indexOf('\n') >= 0) {
                throw new AssertionError(label + ": the model expects one kind of line ending");
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("ClientId", AddinProject.CLIENT_ID);
            settings.put("ClientSecret", AddinProject.SECRET);
            List<int[]> spans = new ArrayList<>();
            List<String> values = new ArrayList<>();

            int section = find(APP_SETTINGS, text, hidden, 0);
            if (section >= 0 && find(APP_SETTINGS, text, hidden, section + 1) >= 0) {
                throw new AssertionError(label + ": the model expects one appSettings");
            }
            String configurationIndent = indent(text, find(Pattern.compile("<configuration(?=[\\s>])"), text, hidden, 0), label);
            String childIndent = indent(text, firstChild(text, hidden, text.indexOf('>', find(Pattern.compile("<configuration(?=[\\s>])"), text, hidden, 0)) + 1), label);
            String unit = childIndent.substring(configurationIndent.length());
            if (section < 0) {
                int close = text.lastIndexOf("</configuration>");
                int lastChildEnd = close;
                while (Character.isWhitespace(text.charAt(lastChildEnd - 1)) || hidden[lastChildEnd - 1]) {
                    lastChildEnd--;
                }
                StringBuilder added = new StringBuilder(eol).append(childIndent).append("<appSettings>");
                settings.forEach((key, value) -> added.append(eol).append(childIndent).append(unit).append(entry(key, value, '"', " />")));
                added.append(eol).append(childIndent).append("</appSettings>");
                spans.add(new int[] {lastChildEnd, lastChildEnd});
                values.add(added.toString());
                return new Expected(decoded.encode(apply(text, spans, values)), 0);
            }
            int tagEnd = text.indexOf('>', section);
            String tag = text.substring(section, tagEnd + 1);
            if (tag.contains("configSource")) {
                throw new AssertionError(label + ": the model does not follow configSource");
            }
            String sectionIndent = indent(text, section, label);
            if (tag.endsWith("/>")) {
                int slash = tagEnd - 1;
                while (Character.isWhitespace(text.charAt(slash - 1))) {
                    slash--;
                }
                StringBuilder added = new StringBuilder(">");
                settings.forEach((key, value) -> added.append(eol).append(sectionIndent).append(unit).append(entry(key, value, '"', " />")));
                added.append(eol).append(sectionIndent).append("</appSettings>");
                spans.add(new int[] {slash, tagEnd + 1});
                values.add(added.toString());
                return new Expected(decoded.encode(apply(text, spans, values)), 0);
            }
            int sectionEnd = text.indexOf("</appSettings>", tagEnd);
            List<int[]> adds = new ArrayList<>();
            Matcher add = ADD.matcher(text).region(tagEnd, sectionEnd);
            while (add.find()) {
                if (!hidden[add.start()]) {
                    adds.add(new int[] {add.start(), add.end()});
                }
            }
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                List<int[]> matching = new ArrayList<>();
                for (int[] entry : adds) {
                    Matcher key = KEY.matcher(text).region(entry[0], entry[1]);
                    if (key.find() && key.group(2).equalsIgnoreCase(setting.getKey())) {
                        matching.add(entry);
                    }
                }
                if (matching.size() > 1) {
                    throw new AssertionError(label + ": the model expects each key once");
                }
                if (matching.isEmpty()) {
                    missing.add(setting.getKey());
                    continue;
                }
                Matcher value = VALUE.matcher(text).region(matching.get(0)[0], matching.get(0)[1]);
                if (!value.find()) {
                    throw new AssertionError(label + ": the model expects a value attribute");
                }
                if (!value.group(2).equals(setting.getValue())) {
                    spans.add(new int[] {value.start(2), value.end(2)});
                    values.add(setting.getValue());
                }
            }
            if (!missing.isEmpty()) {
                StringBuilder added = new StringBuilder();
                int at;
                if (adds.isEmpty()) {
                    at = tagEnd + 1;
                    for (String key : missing) {
                        added.append(eol).append(sectionIndent).append(unit).append(entry(key, settings.get(key), '"', " />"));
                    }
                    String content = text.substring(tagEnd + 1, sectionEnd);
                    if (content.indexOf('\n') < 0 && content.indexOf('\r') < 0) {
                        added.append(eol).append(sectionIndent);
                    }
                } else {
                    int[] last = adds.get(adds.size() - 1);
                    String lastTag = text.substring(last[0], last[1]);
                    Matcher firstQuote = Pattern.compile("=\\s*([\"'])").matcher(lastTag);
                    char quote = firstQuote.find() ? firstQuote.group(1).charAt(0) : '"';
                    String closing = lastTag.endsWith(" />") || !lastTag.endsWith("/>") ? " />" : "/>";
                    String lastIndent = indent(text, last[0], label);
                    for (String key : missing) {
                        added.append(eol).append(lastIndent).append(entry(key, settings.get(key), quote, closing));
                    }
                    at = last[1];
                }
                spans.add(new int[] {at, at});
                values.add(added.toString());
            }
            return new Expected(decoded.encode(apply(text, spans, values)), 0);
        }

        private static String entry(String key, String value, char quote, String closing) {
            return "<add key=" + quote + key + quote + " value=" + quote + value + quote + closing;
        }

        /** Marks every token outside comments, CDATA excepted, for replacement by the origin. */
        private static int tokens(String text, List<int[]> spans, List<String> values) {
            boolean[] hidden = hidden(text);
            int count = 0;
            for (int at = text.indexOf(TOKEN); at >= 0; at = text.indexOf(TOKEN, at + TOKEN.length())) {
                if (!hidden[at]) {
                    spans.add(new int[] {at, at + TOKEN.length()});
                    values.add(AddinProject.ORIGIN);
                    count++;
                }
            }
            return count;
        }

        /** Which characters stand in a comment or a processing instruction (the XML declaration included). */
        private static boolean[] hidden(String text) {
            boolean[] hidden = new boolean[text.length()];
            int at = 0;
            while (at < text.length()) {
                int comment = text.indexOf("<!--", at);
                int instruction = text.indexOf("<?", at);
                int cdata = text.indexOf("<![CDATA[", at);
                int next = min(comment, instruction, cdata);
                if (next < 0) {
                    break;
                }
                if (next == cdata) {
                    at = text.indexOf("]]>", cdata) + 3;
                    continue;
                }
                int end = next == comment ? text.indexOf("-->", comment) + 3 : text.indexOf("?>", instruction) + 2;
                Arrays.fill(hidden, next, end, true);
                at = end;
            }
            return hidden;
        }

        private static int min(int... positions) {
            return Arrays.stream(positions).filter(p -> p >= 0).min().orElse(-1);
        }

        private static int find(Pattern pattern, String text, boolean[] hidden, int from) {
            Matcher matcher = pattern.matcher(text);
            int at = from;
            while (matcher.find(at)) {
                if (!hidden[matcher.start()]) {
                    return matcher.start();
                }
                at = matcher.start() + 1;
            }
            return -1;
        }

        /** Where the first element after {@code from} starts, comments and whitespace skipped. */
        private static int firstChild(String text, boolean[] hidden, int from) {
            int at = from;
            while (Character.isWhitespace(text.charAt(at)) || hidden[at]) {
                at++;
            }
            return at;
        }

        /** The whitespace from the start of the line to {@code at}, which must be all there is. */
        private static String indent(String text, int at, String label) {
            int lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
            String before = text.substring(lineStart, at);
            if (!before.isBlank()) {
                throw new AssertionError(label + ": the model expects a tag to start its line");
            }
            return before;
        }

        /** The text with each span replaced by its value; spans must not overlap. */
        private static String apply(String text, List<int[]> spans, List<String> values) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
            StringBuilder out = new StringBuilder();
            int copied = 0;
            for (int i : order) {
                out.append(text, copied, spans.get(i)[0]).append(values.get(i));
                copied = spans.get(i)[1];
            }
            return out.append(text.substring(copied)).toString();
        }
    }
}
