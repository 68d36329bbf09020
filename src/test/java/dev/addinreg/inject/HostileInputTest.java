package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.addinreg.FixedClock;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.registration.Problem;
import dev.addinreg.verify.CheckResult;
import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.Verification;
import dev.addinreg.verify.Verifier;
import dev.addinreg.verify.VerifyRequest;

/**
 * Hostile and broken input, each case applied to {@code web.config}, {@code AppManifest.xml} and an
 * {@code Elements.xml} holding {@code ~remoteAppUrl} where it applies, driven through {@link Injector} (and
 * {@link Verifier} where it reads the file) as the mojos drive them. A refused case gives one error naming the
 * file (with line and column where the parser has one) and a fix; every case leaves the sources as they were,
 * writes no output when refused, connects to nothing (every URL points to a local socket that records
 * connections) and reads no file outside the project (every {@code file:} URL names a FIFO outside the project
 * that records whether it was opened).
 */
class HostileInputTest {
    private static final String ELEMENTS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
              <ClientWebPart Name="Orders"><Content Type="html" Src="~remoteAppUrl/Pages/Part.aspx" /></ClientWebPart>
            </Elements>
            """;
    private static final Pattern POSITION = Pattern.compile(":\\d+:\\d+: ");
    private static final Pattern LINE = Pattern.compile(":\\d+: ");

    /** A file a case is applied to. */
    enum Target {
        WEB_CONFIG("src/main/webapp/Web.config", AddinProject.WEB_CONFIG),
        MANIFEST("src/main/sharepoint/AppManifest.xml", AddinProject.MANIFEST),
        ELEMENTS("src/main/sharepoint/OrdersPart/Elements.xml", HostileInputTest.ELEMENTS);

        final String path;
        final String normal;

        Target(String path, String normal) {
            this.path = path;
            this.normal = normal;
        }

        /** The text injection would write for {@code text}: the values set, nothing else changed. */
        String injected(String text) {
            return switch (this) {
                case WEB_CONFIG -> text.replace("key=\"ClientId\" value=\"*\"", "key=\"ClientId\" value=\"" + AddinProject.CLIENT_ID + "\"")
                        .replace("key=\"ClientSecret\" value=\"\"", "key=\"ClientSecret\" value=\"" + AddinProject.SECRET + "\"");
                case MANIFEST -> text.replace("ClientId=\"*\"", "ClientId=\"" + AddinProject.CLIENT_ID + "\"");
                case ELEMENTS -> text.replace("~remoteAppUrl", AddinProject.ORIGIN);
            };
        }
    }

    private static final Set<Target> ALL = EnumSet.allOf(Target.class);
    private static final Set<Target> WEB_AND_MANIFEST = EnumSet.of(Target.WEB_CONFIG, Target.MANIFEST);

    /** What a case expects. */
    enum Where {
        /** the error names the file with line and column */
        POSITION,
        /** the error names the file and a line */
        LINE,
        /** the error names the file alone */
        FILE,
        /** the error names the file, with or without a position */
        FILE_OR_POSITION,
        /** the error names the output file that cannot be written */
        OUTPUT_FILE,
        /** the input is harmless and injected as usual */
        ACCEPTED
    }

    /** The world a case runs in: the project, a folder outside it, a local socket and a FIFO outside the project. */
    record World(AddinProject project, Path outside, String httpUrl, String fileUrl, List<Path> immutable) {
    }

    @FunctionalInterface
    interface Setup {
        void apply(World world, Target target, Path file) throws IOException;
    }

    /**
     * One named case.
     *
     * @param what a phrase the error must hold
     * @param verified whether {@link Verifier} reading the same source must report it too
     */
    record Case(String name, Set<Target> targets, Setup setup, Where where, String what, boolean verified) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                refused("doctype-external-entity-file", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + w.fileUrl() + "\">]>", "&x;")), Where.POSITION, "DOCTYPE"),
                refused("doctype-external-entity-etc-passwd", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")), Where.POSITION, "DOCTYPE"),
                refused("doctype-external-entity-http", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + w.httpUrl() + "/entity\">]>", "&x;")), Where.POSITION, "DOCTYPE"),
                refused("parameter-entity-http", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + w.httpUrl() + "/p.dtd\"> %p;]>", "")), Where.POSITION, "DOCTYPE"),
                refused("parameter-entity-file", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + w.fileUrl() + "\"> %p;]>", "")), Where.POSITION, "DOCTYPE"),
                refused("billion-laughs", ALL, (w, t, f) -> text(f, prolog(t, billionLaughs(), "&lol9;")), Where.POSITION, "DOCTYPE"),
                refused("external-dtd-http", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r SYSTEM \"" + w.httpUrl() + "/r.dtd\">", "")), Where.POSITION, "DOCTYPE"),
                refused("external-dtd-public-file", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r PUBLIC \"-//X//DTD R//EN\" \"" + w.fileUrl() + "\">", "")), Where.POSITION, "DOCTYPE"),
                refused("doctype-internal-subset-only", ALL, (w, t, f) -> text(f, prolog(t,
                        "<!DOCTYPE r [<!ELEMENT r ANY>]>", "")), Where.POSITION, "DOCTYPE"),
                accepted("xinclude-http-not-processed", ALL, (w, t, f) -> text(f, child(t,
                        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + w.httpUrl() + "/inc.xml\" />"))),
                accepted("xinclude-file-not-processed", ALL, (w, t, f) -> text(f, child(t,
                        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + w.fileUrl() + "\" parse=\"text\" />"))),
                refused("unclosed-tag", ALL, (w, t, f) -> text(f, child(t, "<Unclosed>")), Where.POSITION, "not well-formed"),
                refused("attribute-without-quotes", ALL, (w, t, f) -> text(f, child(t, "<Bad attr=value />")), Where.POSITION,
                        "not well-formed"),
                refused("attribute-without-value", ALL, (w, t, f) -> text(f, child(t, "<Bad attr />")), Where.POSITION,
                        "not well-formed"),
                refused("duplicate-attribute", ALL, (w, t, f) -> text(f, child(t, "<Bad a=\"1\" a=\"2\" />")), Where.POSITION,
                        "not well-formed"),
                refused("mismatched-end-tag", ALL, (w, t, f) -> text(f, child(t, "<Open></Close>")), Where.POSITION,
                        "not well-formed"),
                refused("unclosed-comment", ALL, (w, t, f) -> text(f, child(t, "<!-- never closed")), Where.POSITION,
                        "not well-formed"),
                refused("unclosed-cdata", ALL, (w, t, f) -> text(f, child(t, "<x><![CDATA[never closed</x>")), Where.POSITION,
                        "not well-formed"),
                refused("undefined-entity", ALL, (w, t, f) -> text(f, child(t, "<x>&undefined;</x>")), Where.POSITION,
                        "not well-formed"),
                refused("character-reference-to-nul", ALL, (w, t, f) -> text(f, child(t, "<x>&#0;</x>")), Where.POSITION,
                        "not well-formed"),
                refused("second-root-element", ALL, (w, t, f) -> text(f, t.normal + "<Second />\n"), Where.POSITION,
                        "not well-formed"),
                refused("declaration-not-at-start", ALL, (w, t, f) -> text(f, "\n" + withDeclaration(t)), Where.POSITION,
                        "not well-formed"),
                refused("empty-file", WEB_AND_MANIFEST, (w, t, f) -> bytes(f, new byte[0]), Where.POSITION, "not well-formed"),
                refused("whitespace-only", WEB_AND_MANIFEST, (w, t, f) -> text(f, " \r\n\t \n"), Where.POSITION, "not well-formed"),
                refused("truncated", ALL, (w, t, f) -> text(f, t.normal.substring(0, truncationPoint(t))), Where.POSITION,
                        "not well-formed"),
                refused("declared-utf16-is-utf8", ALL, (w, t, f) -> text(f, withDeclaration(t)
                        .replaceFirst("encoding=\"utf-8\"", "encoding=\"utf-16\"")), Where.POSITION, "UTF-16"),
                refused("declared-unknown-encoding", ALL, (w, t, f) -> text(f, withDeclaration(t)
                        .replaceFirst("encoding=\"utf-8\"", "encoding=\"klingon-8\"")), Where.POSITION, "unknown encoding"),
                // read as UTF-16, UTF-8 bytes are either invalid or CJK-looking text that is not XML: both refused
                refused("utf16-mark-with-utf8-bytes", WEB_AND_MANIFEST, (w, t, f) -> bytes(f, concat(new byte[] {(byte) 0xFF,
                        (byte) 0xFE}, t.normal.getBytes(StandardCharsets.UTF_8))), Where.FILE_OR_POSITION, "well-formed XML"),
                refused("invalid-utf8-bytes", ALL, (w, t, f) -> bytes(f, concat(t.normal.getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF})), Where.FILE, "not valid UTF-8"),
                refused("nul-byte", ALL, (w, t, f) -> text(f, child(t, "<x>a\0b</x>")), Where.POSITION, "not well-formed"),
                refused("control-character", ALL, (w, t, f) -> text(f, child(t, "<x>a\u0001b</x>")), Where.POSITION,
                        "not well-formed"),
                accepted("attribute-of-10-mb", ALL, (w, t, f) -> text(f, child(t, "<x huge=\"" + "A".repeat(10 * 1024 * 1024) + "\" />"))),
                accepted("nesting-100000-levels", ALL, (w, t, f) -> text(f, child(t, "<x>".repeat(100_000) + "</x>".repeat(100_000)))),
                refused("web-config-root-not-configuration", EnumSet.of(Target.WEB_CONFIG), (w, t, f) -> text(f,
                        t.normal.replace("configuration>", "configurations>")), Where.LINE, "the root element is <configurations>"),
                refused("manifest-root-not-app", EnumSet.of(Target.MANIFEST), (w, t, f) -> text(f,
                        t.normal.replace("<App ", "<Application ").replace("</App>", "</Application>")), Where.LINE, "Application"),
                refused("manifest-in-another-namespace", EnumSet.of(Target.MANIFEST), (w, t, f) -> text(f,
                        t.normal.replace("/2012/app/manifest", "/2099/app/manifest")), Where.LINE, "namespace"),
                refusedByInjector("config-source-outside-project", EnumSet.of(Target.WEB_CONFIG), (w, t, f) -> text(f,
                        t.normal.replace("<appSettings>", "<appSettings configSource=\"../../../../outside/fifo\">")
                                .replaceAll("(?s)<appSettings (.*?)>.*</appSettings>", "<appSettings $1 />")),
                        Where.LINE, "outside the web application's folder"),
                refused("directory-instead-of-file", WEB_AND_MANIFEST, (w, t, f) -> Files.createDirectories(f), Where.FILE,
                        "not a regular file"),
                refused("missing-file", WEB_AND_MANIFEST, (w, t, f) -> { }, Where.FILE, "does not exist|there is no web.config"),
                refused("unreadable-file", ALL, HostileInputTest::unreadable, Where.FILE, "cannot be read"),
                refused("symlink-outside-project", ALL, (w, t, f) -> {
                    Path target = text(w.outside().resolve(f.getFileName()), t.normal);
                    Files.createSymbolicLink(f, target);
                }, Where.FILE, "symbolic link"),
                refusedByInjector("read-only-output-folder", ALL, HostileInputTest::readOnlyOutput, Where.OUTPUT_FILE,
                        "cannot be written"));
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) {
            for (Target target : c.targets()) {
                arguments.add(Arguments.of(c, target));
            }
        }
        return arguments.stream();
    }

    private static Case refused(String name, Set<Target> targets, Setup setup, Where where, String what) {
        return new Case(name, targets, setup, where, what, true);
    }

    private static Case refusedByInjector(String name, Set<Target> targets, Setup setup, Where where, String what) {
        return new Case(name, targets, setup, where, what, false);
    }

    private static Case accepted(String name, Set<Target> targets, Setup setup) {
        return new Case(name, targets, setup, Where.ACCEPTED, null, false);
    }

    @TempDir
    Path dir;

    private ServerSocket server;
    private Path fifo;
    private final AtomicBoolean fifoOpened = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private Thread fifoWriter;
    private final List<Path> immutable = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void release() throws Exception {
        server.close();
        for (Path folder : immutable) {
            new ProcessBuilder("chattr", "-i", folder.toString()).inheritIO().start().waitFor();
        }
        if (fifoWriter != null) {
            finished.set(true);
            // opening the FIFO for reading lets the writer's open return, so its thread ends
            try (InputStream in = Files.newInputStream(fifo)) {
                in.readAllBytes();
            }
            fifoWriter.join(5_000);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void hostileInputIsRefusedOrHarmless(Case c, Target target) throws Exception {
        // given
        World world = world();
        AddinProject project = world.project();
        Path file = project.baseDir.resolve(target.path);
        for (Target other : Target.values()) {
            if (other != target) {
                project.write(project.baseDir.resolve(other.path), other.normal);
            }
        }
        Files.createDirectories(file.getParent());
        c.setup().apply(world, target, file);
        Map<Path, byte[]> sources = snapshot(project.baseDir.resolve("src"));
        Map<Path, byte[]> outside = snapshot(world.outside());
        List<String> outputsBefore = listing(project.outputDirectory);

        // when
        String error = inject(project);

        // then
        String name = c.where() == Where.OUTPUT_FILE ? outputName(target) : target.path;
        System.out.println("[hostile] " + c.name() + " in " + name + ": " + (error == null ? "accepted" : "refused: " + error));
        if (c.where() == Where.ACCEPTED) {
            assertEquals(null, error, c.name());
            byte[] source = sources.get(file);
            assertEquals(target.injected(new String(source, StandardCharsets.UTF_8)),
                    Files.readString(target == Target.WEB_CONFIG ? project.webOutput("Web.config")
                            : project.outputDirectory.resolve("package").resolve(project.packageDirectory.relativize(file))),
                    "the output differs from the source only in the values set");
        } else {
            assertRefusal(c, name, error);
            assertEquals(outputsBefore, listing(project.outputDirectory), "no output file is written");
            if (c.verified()) {
                assertRefusal(c, name, verify(project));
            }
        }
        assertUnchanged(sources, snapshot(project.baseDir.resolve("src")), "the sources");
        assertUnchanged(outside, snapshot(world.outside()), "the files outside the project");
        assertNoConnection();
        assertFalse(fifoOpened.get(), "a file outside the project was opened");
        String canary = AddinProject.SECRET;
        assertTrue(error == null || !error.contains(canary), "the error shows no secret");
    }

    private static void assertRefusal(Case c, String name, String error) {
        assertTrue(error != null, c.name() + ": refused");
        assertTrue(error.startsWith(name), "names the file first: " + error);
        String after = error.substring(name.length());
        switch (c.where()) {
            case POSITION -> assertTrue(POSITION.matcher(after).lookingAt(), "names line and column: " + error);
            case LINE -> assertTrue(LINE.matcher(after).lookingAt() || after.matches("(?s):\\d+ \\S+: .*"), "names the line: " + error);
            case FILE, OUTPUT_FILE -> assertTrue(after.startsWith(": "), "names the file: " + error);
            case FILE_OR_POSITION -> assertTrue(after.startsWith(": ") || POSITION.matcher(after).lookingAt(), "names the file: " + error);
            default -> fail();
        }
        assertTrue(Pattern.compile(c.what()).matcher(error).find(), "says what is wrong (" + c.what() + "): " + error);
        assertTrue(error.contains(" Fix: "), "says what to do: " + error);
        assertEquals(-1, error.indexOf('\n'), "one line: " + error);
    }

    private static String outputName(Target target) {
        return target == Target.WEB_CONFIG ? "target/addin/web/Web.config"
                : "target/addin/package/" + target.path.substring("src/main/sharepoint/".length());
    }

    /** The one error injection gives, as the mojo shows it; {@code null} when it succeeded. */
    private static String inject(AddinProject project) {
        try {
            InjectOutcome outcome = Injector.inject(project.request(), new AtomicWriter(new FileLocks()));
            List<String> errors = outcome.findings().errors().stream().map(Problem::message).toList();
            assertTrue(errors.size() <= 1, "one error, not " + errors);
            return errors.isEmpty() ? null : errors.get(0);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** The one problem verify finds reading the sources as they would ship; {@code null} when it read them. */
    private static String verify(AddinProject project) {
        VerifyRequest request = new VerifyRequest(project.files(true, null), AddinProject.registration(), List.of(), null, 24,
                FixedClock.day());
        Verification verification;
        try {
            verification = Verifier.verify(request);
        } catch (IOException e) {
            return e.getMessage();
        }
        CheckResult readable = verification.checks().stream().filter(check -> check.id().equals("files-readable")).findFirst()
                .orElseThrow();
        assertEquals(Outcome.FAILED, readable.outcome(), "verify: files readable fails");
        List<String> problems = readable.problems().stream().map(Problem::message).toList();
        assertEquals(1, problems.size(), "verify: one problem, not " + problems);
        return problems.get(0);
    }

    private World world() throws IOException, InterruptedException {
        AddinProject project = new AddinProject(Files.createDirectories(dir.resolve("project")));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        text(outside.resolve("secret.txt"), "outside the project");
        fifo = outside.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        fifoWriter = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                // open returns only once a reader opened the FIFO
                if (!finished.get()) {
                    fifoOpened.set(true);
                }
                out.write("<leak/>".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the reader went away
            }
        }, "fifo-writer");
        fifoWriter.setDaemon(true);
        fifoWriter.start();
        String http = "http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
        return new World(project, outside, http, fifo.toUri().toString(), immutable);
    }

    private void assertNoConnection() throws IOException {
        server.setSoTimeout(50);
        try (Socket connected = server.accept()) {
            fail("something connected to " + server.getLocalSocketAddress() + " from " + connected.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing connected
        }
    }

    /** chmod 000; root reads any file regardless, so as root the case cannot be made and is skipped. */
    private static void unreadable(World world, Target target, Path file) throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "runs as root, who reads a file of mode 000 anyway: an unreadable file cannot be made");
        text(file, target.normal);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    /** The output folder of the target exists and cannot be written: mode 555, and as root immutable (chattr +i). */
    private static void readOnlyOutput(World world, Target target, Path file) throws IOException {
        text(file, target.normal);
        AddinProject project = world.project();
        Path folder = target == Target.WEB_CONFIG ? project.webOutput("Web.config").getParent()
                : project.outputDirectory.resolve("package").resolve(project.packageDirectory.relativize(file)).getParent();
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if ("root".equals(System.getProperty("user.name"))) {
            try {
                Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start();
                assumeTrue(chattr.waitFor() == 0, "runs as root and chattr +i is not permitted: a read-only folder cannot be made");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            world.immutable().add(folder);
        }
    }

    /** The normal text of {@code target} with {@code prolog} after its XML declaration and {@code reference} in its root. */
    private static String prolog(Target target, String prolog, String reference) {
        String text = withDeclaration(target);
        int end = text.indexOf("?>") + 2;
        String withProlog = text.substring(0, end) + "\n" + prolog + text.substring(end);
        return reference.isEmpty() ? withProlog : insertInRoot(withProlog, "<x>" + reference + "</x>");
    }

    /** The normal text of {@code target} with {@code markup} as the first child of its root element. */
    private static String child(Target target, String markup) {
        return insertInRoot(target.normal, markup);
    }

    private static String insertInRoot(String text, String markup) {
        int root = text.indexOf('<', text.indexOf("?>") + 2);
        while (text.startsWith("<!--", root)) {
            root = text.indexOf('<', text.indexOf("-->", root));
        }
        int end = text.indexOf('>', root) + 1;
        return text.substring(0, end) + markup + text.substring(end);
    }

    private static String withDeclaration(Target target) {
        return target.normal.startsWith("<?xml") ? target.normal.replaceFirst("encoding=\"utf-8\" \\?>", "encoding=\"utf-8\"?>")
                : "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + target.normal;
    }

    /** Cut in the middle of the root, after the token or the value a target holds. */
    private static int truncationPoint(Target target) {
        String text = target.normal;
        return switch (target) {
            case WEB_CONFIG -> text.indexOf("ClientSecret");
            case MANIFEST -> text.indexOf("<RemoteWebApplication") + 30;
            case ELEMENTS -> text.indexOf("~remoteAppUrl") + 20;
        };
    }

    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }

    private static Path text(Path file, String text) throws IOException {
        return bytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path bytes(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every regular file below {@code root} (not following links) with its bytes; links as their target. */
    private static Map<Path, byte[]> snapshot(Path root) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted().toList();
        }
        for (Path file : all) {
            if (Files.isSymbolicLink(file)) {
                files.put(file, Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(file) && Files.isReadable(file) && !file.getFileName().toString().equals("fifo")) {
                files.put(file, Files.readAllBytes(file));
            } else {
                files.put(file, new byte[0]);
            }
        }
        return files;
    }

    private static void assertUnchanged(Map<Path, byte[]> before, Map<Path, byte[]> after, String what) {
        assertEquals(before.keySet(), after.keySet(), what + ": the same files");
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            assertTrue(Arrays.equals(file.getValue(), after.get(file.getKey())), what + ": unchanged " + file.getKey());
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
