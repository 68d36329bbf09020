package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The site's FAQ quotes real messages: each {@code [ERROR]}/{@code [WARNING]} line in it is asserted by an IT. The ITs
 * compute their dates from the day they run ({@code ItDates}), so dates count as equal wherever they stand.
 */
class FaqTest {

    @Test
    void everyMessageInTheFaqIsOneAnItChecks() throws IOException {
        // given: the exact lines the ITs' verify.groovy scripts expect, as Groovy writes them
        String its;
        try (Stream<Path> scripts = Files.walk(Path.of("src/it"))) {
            its = scripts.filter(p -> p.getFileName().toString().equals("verify.groovy")).map(FaqTest::read)
                    .map(FaqTest::anyDate).collect(Collectors.joining("\n"));
        }
        List<String> quoted = read(Path.of("src/site/markdown/faq.md")).lines()
                .filter(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]")).map(FaqTest::anyDate).toList();
        assertTrue(quoted.size() > 25, "messages in the FAQ: " + quoted.size());

        // then
        // as a Groovy string literal writes it: quotes and backslashes escaped
        List<String> unchecked = quoted.stream().filter(l -> !its.contains(l)
                && !its.contains(l.replace("\\", "\\\\").replace("'", "\\'"))).toList();
        assertEquals(List.of(), unchecked);
    }

    /** The text with every date, and every date a script computes ({@code ItDates}, {@code ItCertificates}), as {@code <date>}. */
    private static String anyDate(String text) {
        return text.replaceAll("' \\+ (day\\(context.userProperties, -?\\d+\\)|context.userProperties\\[ItDates\\.\\w+\\]|instant\\(-?\\d+\\)) \\+ '",
                "<date>").replaceAll("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}Z)?)?", "<date>");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
