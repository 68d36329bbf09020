package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every value type's factory, on any string (the fuzzer's bytes read as UTF-8, so that a committed input file
 * is the very string it runs): it returns a valid value or throws {@link InvalidValueException},
 * never anything else, and a client secret's value is never echoed. In the normal build these run over the
 * committed inputs in {@code src/test/resources/dev/addinreg/registration/ValueTypesFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} Jazzer fuzzes (see the README).
 */
class ValueTypesFuzzTest {
    private static final Pattern LOWERCASE_GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The only things the secret's refusal may say about the value: where, and which rule it breaks. */
    private static final Pattern SECRET_WHAT = Pattern.compile("the client secret (is empty|has whitespace \\(at character \\d+\\)"
            + "|is not base64 \\((its length, \\d+, is not a multiple of 4|character \\d+ is not one of A-Z a-z 0-9 \\+ / or final = padding)\\))");

    private static final Problem REFUSED = refusal("!!!!");
    private static final java.util.Set<String> SECRET_FIXES = java.util.Set.of(refusal("").fix(), refusal("a b=").fix(),
            refusal("!!!!").fix());

    private static Problem refusal(String raw) {
        try {
            ClientSecret.parse(raw);
        } catch (InvalidValueException e) {
            return e.at(Severity.ERROR, "<clientSecret>");
        }
        throw new IllegalStateException(raw + " is a valid secret");
    }

    @FuzzTest(maxDuration = "2m")
    void clientId(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        ClientId id = valueOrRefusal(raw, ClientId::parse);
        if (id != null) {
            assertTrue(LOWERCASE_GUID.matcher(id.value()).matches(), id.value());
            assertEquals(id, valueOrRefusal(id.value(), ClientId::new), "a parsed value is a valid value");
        }
    }

    @FuzzTest(maxDuration = "2m")
    void appDomain(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        AppDomain domain = valueOrRefusal(raw, AppDomain::parse);
        if (domain != null) {
            assertEquals(domain, AppDomain.parse(domain.toString()), "the domain reads back as itself");
            assertTrue(domain.origin().startsWith("https://"), domain.origin());
            assertFalse(domain.host().contains("/") || domain.host().contains(":"), domain.host());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void redirectUri(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        RedirectUri uri = valueOrRefusal(raw, RedirectUri::parse);
        if (uri != null) {
            assertEquals("https", uri.uri().getScheme().toLowerCase(java.util.Locale.ROOT));
            assertNotNull(uri.uri().getHost());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void addinTitle(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        AddinTitle title = valueOrRefusal(raw, AddinTitle::parse);
        if (title != null) {
            assertFalse(title.value().isBlank());
            assertTrue(title.value().length() <= AddinTitle.MAX_LENGTH);
            assertEquals(title.value().strip(), title.value());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void addinVersion(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        AddinVersion version = valueOrRefusal(raw, AddinVersion::parse);
        if (version != null) {
            assertTrue(AddinVersion.matchesSchema(version.toString()), version.toString());
            assertEquals(version, AddinVersion.parse(version.toString()), "the version reads back as itself");
        }
        Integer buildNumber = valueOrRefusal(raw, AddinVersion::buildNumber);
        if (buildNumber != null) {
            assertTrue(buildNumber >= 0 && buildNumber <= AddinVersion.MAX_PART, raw);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void clientSecret(byte[] data) {
        String raw = new String(data, StandardCharsets.UTF_8);
        ClientSecret secret;
        try {
            secret = ClientSecret.parse(raw);
        } catch (InvalidValueException e) {
            Problem problem = e.at(Severity.ERROR, "<clientSecret>");
            assertTrue(SECRET_WHAT.matcher(problem.what()).matches(), problem.what());
            assertEquals(raw.isEmpty() ? "an empty value" : masked(raw), problem.found());
            // what names only the rule broken, found is the mask, expected and fix are fixed sentences: no part
            // of the message comes from the value (a first version looked for the value in the message, and
            // the fuzzer found a "secret" made of the message's own words: finding-message-words-as-secret)
            assertEquals(problem.what() + ". Found " + problem.found() + "; expected " + problem.expected() + ". Fix: "
                    + problem.fix(), e.getMessage());
            assertEquals(REFUSED.expected(), problem.expected());
            assertTrue(SECRET_FIXES.contains(problem.fix()), problem.fix());
            return;
        }
        assertTrue(raw.length() % 4 == 0 && !raw.isEmpty());
        assertEquals(raw, secret.reveal());
        if (raw.length() >= 16) {
            assertFalse(secret.toString().contains(raw), "toString shows no secret");
            assertFalse(secret.masked().contains(raw), "masked shows no secret");
        }
    }

    /** The value, or {@code null} when the factory refused it with an {@link InvalidValueException} (anything else fails). */
    private static <T> T valueOrRefusal(String raw, Function<String, T> factory) {
        try {
            return factory.apply(raw);
        } catch (InvalidValueException e) {
            assertNotNull(e.getMessage());
            assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
            return null;
        }
    }

    private static String masked(String value) {
        return Secret.of(value).masked();
    }
}
