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

/** The site's FAQ quotes real messages: each {@code [ERROR]}/{@code [WARNING]} line in it is asserted by an IT. */
class FaqTest {

    @Test
    void everyMessageInTheFaqIsOneAnItChecks() throws IOException {
        // given: the exact lines the ITs' verify.groovy scripts expect, as Groovy writes them
        String its;
        try (Stream<Path> scripts = Files.walk(Path.of("src/it"))) {
            its = scripts.filter(p -> p.getFileName().toString().equals("verify.groovy")).map(FaqTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> quoted = read(Path.of("src/site/markdown/faq.md")).lines()
                .filter(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]")).toList();
        assertTrue(quoted.size() > 25, "messages in the FAQ: " + quoted.size());

        // then
        List<String> unchecked = quoted.stream().filter(l -> !its.contains(l) && !its.contains(l.replace("'", "\\'"))).toList();
        assertEquals(List.of(), unchecked);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
