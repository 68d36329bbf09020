package dev.addinreg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.addinreg.bench.ProjectGenerator.Variant;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.inject.InjectOutcome;
import dev.addinreg.inject.InjectRequest;
import dev.addinreg.inject.Injector;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/**
 * The core alone, no Maven: {@link Injector#inject} on a web.config of 10 KB, 1 MB and 50 MB, and on
 * Elements.xml files with and without {@code ~remoteAppUrl}. "first" deletes the output before each
 * call, so every file is written; "rebuild" leaves it, so nothing changed and nothing is written.
 * {@link BenchMain} runs these and prints MB/s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InjectBenchmark {
    /** Elements.xml files per call of the Elements benchmark; the time reported is per file. */
    public static final int ELEMENTS_FILES = 100;

    static Registration registration() {
        return new Registration(Optional.of(ClientId.parse(ProjectGenerator.CLIENT_ID)),
                Optional.of(AppDomain.parse(ProjectGenerator.DOMAIN)), Optional.empty(), Optional.empty(),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(ProjectGenerator.SECRET), null, "bench")),
                Optional.empty());
    }

    @State(Scope.Benchmark)
    public abstract static class Project {
        @Param({"first", "rebuild"})
        public String mode;

        Path dir;
        InjectRequest request;
        AtomicWriter writer;

        void create(boolean withWebConfig) throws IOException {
            dir = Files.createTempDirectory("addin-bench");
            Path sharepoint = Files.createDirectories(dir.resolve("src/main/sharepoint"));
            Files.write(sharepoint.resolve("AppManifest.xml"), ProjectGenerator.appManifest(Variant.ADDIN));
            request = new InjectRequest(dir, withWebConfig ? dir.resolve("src/main/webapp/Web.config") : null,
                    sharepoint.resolve("AppManifest.xml"), sharepoint, dir.resolve("target/addin"), false, registration());
            writer = new AtomicWriter(new FileLocks(), false);
        }

        @Setup(Level.Invocation)
        public void clearOutput() {
            if (mode.equals("first")) {
                delete(dir.resolve("target"));
            }
        }

        @TearDown(Level.Trial)
        public void deleteProject() {
            delete(dir);
        }

        InjectOutcome inject() throws IOException {
            InjectOutcome outcome = Injector.inject(request, writer);
            if (!outcome.findings().errors().isEmpty()) {
                throw new IllegalStateException("inject failed: " + outcome.findings().errors());
            }
            return outcome;
        }
    }

    @State(Scope.Benchmark)
    public static class WebConfigProject extends Project {
        @Param({"10", "1024", "51200"})
        public int webConfigKb;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            create(true);
            Path webapp = Files.createDirectories(dir.resolve("src/main/webapp"));
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(webapp.resolve("Web.config")), 1 << 16)) {
                ProjectGenerator.writeWebConfig(out, Variant.ADDIN, webConfigKb * 1024L);
            }
        }
    }

    @State(Scope.Benchmark)
    public static class ElementsProject extends Project {
        @Param({"true", "false"})
        public boolean token;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            create(false);
            for (int i = 0; i < ELEMENTS_FILES; i++) {
                Path file = request.packageDirectory().resolve(String.format("Feature%03d/Part%05d/Elements.xml", i / 100, i));
                Files.createDirectories(file.getParent());
                Files.write(file, ProjectGenerator.elementsXml(Variant.ADDIN, i, token));
            }
        }
    }

    /** web.config (and the small manifest beside it) into target/addin. */
    @Benchmark
    public InjectOutcome webConfig(WebConfigProject project) throws IOException {
        return project.inject();
    }

    /** Per Elements.xml file (100 per call, plus the manifest). */
    @Benchmark
    @OperationsPerInvocation(ELEMENTS_FILES)
    public InjectOutcome elementsXml(ElementsProject project) throws IOException {
        return project.inject();
    }

    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
