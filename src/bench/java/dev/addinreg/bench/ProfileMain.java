package dev.addinreg.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.addinreg.bench.ProjectGenerator.Variant;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.inject.InjectOutcome;
import dev.addinreg.inject.InjectRequest;
import dev.addinreg.inject.Injector;

/**
 * A plain loop over {@link Injector#inject} for a profiler (JFR: {@code -XX:StartFlightRecording}):
 * {@code ProfileMain <elements M> <web.config KB> <calls> [first|rebuild] [durable]}. Prints ms per call
 * and the median of the second half of the calls.
 */
public final class ProfileMain {
    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        int elements = Integer.parseInt(args[0]);
        long webConfigKb = Long.parseLong(args[1]);
        int calls = Integer.parseInt(args[2]);
        boolean first = args.length < 4 || args[3].equals("first");
        Path dir = Files.createTempDirectory("addin-profile");
        Path sharepoint = Files.createDirectories(dir.resolve("src/main/sharepoint"));
        Files.write(sharepoint.resolve("AppManifest.xml"), ProjectGenerator.appManifest(Variant.ADDIN));
        for (int i = 0; i < elements; i++) {
            Path file = sharepoint.resolve(String.format("Feature%03d/Part%05d/Elements.xml", i / 100, i));
            Files.createDirectories(file.getParent());
            Files.write(file, ProjectGenerator.elementsXml(Variant.ADDIN, i, i % 10 == 0));
        }
        Path webapp = Files.createDirectories(dir.resolve("src/main/webapp"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(webapp.resolve("Web.config")), 1 << 16)) {
            ProjectGenerator.writeWebConfig(out, Variant.ADDIN, webConfigKb * 1024);
        }
        InjectRequest request = new InjectRequest(dir, webapp.resolve("Web.config"), sharepoint.resolve("AppManifest.xml"), sharepoint,
                dir.resolve("target/addin"), false, InjectBenchmark.registration());
        AtomicWriter writer = new AtomicWriter(new FileLocks(), args.length > 4 && args[4].equals("durable"));
        java.util.List<Double> times = new java.util.ArrayList<>();
        java.util.List<Long> cpuTimes = new java.util.ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int call = 0; call < calls; call++) {
            if (first) {
                InjectBenchmark.delete(dir.resolve("target"));
            }
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            InjectOutcome outcome = Injector.inject(request, writer);
            double ms = (System.nanoTime() - start) / 1e6;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            if (!outcome.findings().errors().isEmpty()) {
                throw new IllegalStateException(outcome.findings().errors().toString());
            }
            System.out.printf(java.util.Locale.ROOT, "call %d: %.2f ms, %d ms CPU%n", call, ms, cpuMs);
            if (call >= calls / 2) {
                times.add(ms);
                cpuTimes.add(cpuMs);
            }
        }
        times.sort(null);
        cpuTimes.sort(null);
        System.out.printf(java.util.Locale.ROOT, "median of the last %d calls: %.2f ms, %d ms CPU%n", times.size(),
                times.get(times.size() / 2), cpuTimes.get(cpuTimes.size() / 2));
        InjectBenchmark.delete(dir);
    }
}
