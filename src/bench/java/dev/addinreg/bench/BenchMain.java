package dev.addinreg.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link InjectBenchmark} with JMH's GC profiler in forks of {@code -Xmx256m}, and prints a table
 * of time, MB/s and bytes allocated per operation.
 *
 * <p>Arguments: an optional JMH include pattern (default: the whole class), {@code quick} for fewer,
 * shorter iterations, and any number of {@code param=value[,value]} to run only those values of a
 * parameter (e.g. {@code webConfigKb=51200}).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 && !args[0].equals("quick") && !args[0].contains("=") ? args[0]
                : InjectBenchmark.class.getSimpleName();
        boolean quick = java.util.Arrays.asList(args).contains("quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .forks(1)
                .jvmArgs("-Xmx256m", "-Xms256m")
                .warmupIterations(quick ? 2 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2));
        for (String arg : args) {
            // a parameter's values, e.g. webConfigKb=51200 or mode=first,rebuild
            if (arg.contains("=")) {
                options.param(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1).split(","));
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println("Core (no Maven), forks with -Xmx256m; MB/s over the input file's size:");
        System.out.printf(Locale.ROOT, "%-12s %-8s %-12s %12s %10s %10s %14s%n", "benchmark", "mode", "input", "ms/op", "+-", "MB/s",
                "alloc B/op");
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            double ms = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            double bytes;
            String input;
            if (name.equals("webConfig")) {
                int kb = Integer.parseInt(params.getParam("webConfigKb"));
                bytes = kb * 1024.0;
                input = kb >= 1024 ? (kb / 1024) + " MB" : kb + " KB";
            } else {
                boolean token = Boolean.parseBoolean(params.getParam("token"));
                bytes = ProjectGenerator.elementsXml(ProjectGenerator.Variant.ADDIN, 1, token).length;
                input = token ? "with token" : "no token";
            }
            double mbPerSecond = bytes / (1024.0 * 1024.0) / (ms / 1000.0);
            System.out.printf(Locale.ROOT, "%-12s %-8s %-12s %12.3f %10.3f %10.1f %14.0f%n", name, params.getParam("mode"), input, ms,
                    error, mbPerSecond, allocation(result.getSecondaryResults()));
        }
    }

    private static double allocation(Map<String, Result> secondary) {
        return secondary.entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
