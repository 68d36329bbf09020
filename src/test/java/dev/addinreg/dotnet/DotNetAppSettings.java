package dev.addinreg.dotnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.opentest4j.TestAbortedException;

import dev.addinreg.registration.Secret;

/**
 * .NET itself as the test oracle for what a web.config's appSettings make TokenHelper read: a small C# program
 * ({@code ReadAppSettings.cs}, compiled with Mono's {@code mcs} the first time it is needed) reads
 * {@code ConfigurationManager.AppSettings} from the web.config laid beside it as its {@code .exe.config}, with the
 * files the web.config names. A secret comes back as its fingerprint, never its value.
 *
 * <p>Mono and .NET Framework differ in one known way: Mono ignores a {@code <remove key>} whose key differs in case
 * from the entry's, where .NET Framework matches keys without regard to case (as the plugin does). Tests of that case
 * say so.
 *
 * <p>Without Mono ({@code mcs} and {@code mono}, Debian's {@code mono-mcs}, {@code mono-runtime} and
 * {@code libmono-system-configuration4.0-cil}) a test is skipped, saying why; with the environment variable
 * {@code CI} set it fails instead, as {@code .ci/run} installs Mono.
 */
public final class DotNetAppSettings {
    /** The keys of a registration. */
    public static final List<String> REGISTRATION_KEYS = List.of("ClientId", "ClientSecret", "SecondaryClientSecret",
            "IssuerId", "ClientSigningCertificatePath", "ClientSigningCertificatePassword", "ClientSigningCertificateSerialNumber");
    private static final Map<String, Path> PROGRAMS = new java.util.HashMap<>();

    private DotNetAppSettings() {
    }

    /** Whether Mono's compiler and runtime are on the PATH. */
    public static boolean available() {
        return onPath("mcs") && onPath("mono");
    }

    /** Skips the calling test when Mono is missing, or fails it under CI. */
    public static void requireMono() {
        if (available()) {
            return;
        }
        String why = "Mono (mcs and mono) is not installed: apt-get install mono-mcs mono-runtime"
                + " libmono-system-configuration4.0-cil";
        if (System.getenv("CI") != null) {
            throw new AssertionError(why + " (CI is set, so .NET's reading of the web.config cannot be skipped)");
        }
        throw new TestAbortedException(why);
    }

    /**
     * For an IT's {@code verify.groovy}: whether .NET's reading can be checked. Without Mono it says why and answers
     * false, so the IT checks the rest; under CI it fails instead.
     */
    public static boolean canRead() {
        if (available()) {
            return true;
        }
        requireMonoUnderCi();
        System.out.println("[it] .NET's reading of web.config not checked: Mono is not installed");
        return false;
    }

    private static void requireMonoUnderCi() {
        if (System.getenv("CI") != null) {
            throw new AssertionError("Mono (mcs and mono) is not installed, and CI is set: .NET's reading of the web.config"
                    + " cannot be skipped (apt-get install mono-mcs mono-runtime libmono-system-configuration4.0-cil)");
        }
    }

    /**
     * What .NET reads for the registration's keys from a web.config: for each key present, its value, or for a secret
     * its fingerprint and what base64 decoding makes of it ({@link #secret(String)}).
     */
    public static Map<String, String> read(Path webConfig) {
        return read(webConfig, REGISTRATION_KEYS);
    }

    /** What .NET reads for {@code keys} from a web.config; keys it reads none for are left out. */
    public static synchronized Map<String, String> read(Path webConfig, List<String> keys) {
        requireMono();
        try {
            Path run = Files.createTempDirectory("dotnet-appsettings");
            try {
                copyFolder(webConfig.toAbsolutePath().getParent(), run);
                Files.copy(webConfig, run.resolve("ReadAppSettings.exe.config"), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(program(), run.resolve("ReadAppSettings.exe"), StandardCopyOption.REPLACE_EXISTING);
                List<String> command = new ArrayList<>(List.of("mono", "ReadAppSettings.exe"));
                command.addAll(keys);
                List<String> lines = run(run, command);
                Map<String, String> read = new LinkedHashMap<>();
                for (String line : lines) {
                    int space = line.indexOf(' ');
                    String key = line.substring(0, space);
                    String rest = line.substring(space + 1);
                    if (!rest.equals("absent")) {
                        read.put(key, rest.startsWith("= ") ? rest.substring(2) : rest);
                    }
                }
                return read;
            } finally {
                delete(run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How {@link #read} shows a secret .NET reads: its fingerprint, and the bytes base64 decoding gives, as TokenHelper decodes it. */
    public static String secret(String value) {
        String decoded;
        try {
            decoded = "base64(" + Base64.getDecoder().decode(value).length + " bytes)";
        } catch (IllegalArgumentException e) {
            decoded = "not-base64";
        }
        return Secret.fingerprintOf(value) + " " + decoded;
    }

    /**
     * How many certificates TokenHelper's lookup by serial number finds for {@code serialNumber} among the one in
     * {@code certificate} (a {@code .cer}): {@code X509Certificate2Collection.Find(FindBySerialNumber, ..)}, as
     * TokenHelper searches the certificate store. Mono compares the serial as text, where .NET Framework compares it as
     * a number: a serial Mono finds, .NET Framework finds too.
     */
    public static synchronized int findBySerialNumber(Path certificate, String serialNumber) {
        requireMono();
        try {
            List<String> lines = run(certificate.toAbsolutePath().getParent(), List.of("mono", program("FindCertificate").toString(),
                    certificate.toAbsolutePath().toString(), serialNumber));
            return Integer.parseInt(lines.get(lines.size() - 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled reader, made once per test run. */
    private static Path program() throws IOException {
        return program("ReadAppSettings");
    }

    /** A compiled program of this package's resources ({@code name.cs}), made once per test run. */
    private static Path program(String name) throws IOException {
        Path compiled = PROGRAMS.get(name);
        if (compiled == null) {
            Path folder = Files.createTempDirectory("dotnet-" + name);
            try (InputStream in = Objects.requireNonNull(DotNetAppSettings.class.getResourceAsStream(name + ".cs"))) {
                Files.copy(in, folder.resolve(name + ".cs"));
            }
            run(folder, List.of("mcs", "-nologo", "-r:System.Configuration", name + ".cs", "-out:" + name + ".exe"));
            compiled = folder.resolve(name + ".exe");
            PROGRAMS.put(name, compiled);
        }
        return compiled;
    }

    private static List<String> run(Path folder, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output.lines().toList();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
