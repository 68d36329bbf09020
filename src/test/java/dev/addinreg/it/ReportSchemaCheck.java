package dev.addinreg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import dev.addinreg.verify.ReportSchema;

/**
 * Runs after the ITs (surefire execution {@code it-output-checks}): every {@code registration-report.json} the
 * ITs' builds wrote (below each IT's {@code target}), passed or failed, conforms to the JSON Schema the site
 * publishes for it.
 */
class ReportSchemaCheck {

    @Test
    void everyReportTheItsWroteConformsToThePublishedSchema() throws IOException {
        ReportSchema schema = ReportSchema.load();
        for (Path itDirectory : CanaryLeakCheck.itDirectories()) {
            List<Path> reports;
            try (Stream<Path> files = Files.walk(itDirectory)) {
                // what the builds wrote, under an IT's target/; not an IT's own input (report-not-a-report's broken one)
                reports = files.filter(p -> p.getFileName().toString().equals("registration-report.json"))
                        .filter(p -> StreamSupport.stream(itDirectory.relativize(p).spliterator(), false)
                                .anyMatch(name -> name.toString().equals("target"))).sorted().toList();
            }
            assertTrue(reports.size() > 20, "reports under " + itDirectory + ": " + reports.size() + ": did the ITs run?");
            Map<String, List<String>> refused = new TreeMap<>();
            for (Path report : reports) {
                List<String> problems = schema.problems(Files.readString(report, StandardCharsets.UTF_8));
                if (!problems.isEmpty()) {
                    refused.put(itDirectory.relativize(report).toString(), problems);
                }
            }
            assertEquals(Map.of(), refused, "reports that do not conform to " + ReportSchema.FILE);
        }
    }
}
