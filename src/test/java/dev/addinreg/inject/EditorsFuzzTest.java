package dev.addinreg.inject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.registration.Findings;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;
import dev.addinreg.xml.XmlSource;

/**
 * The editors on any bytes, the way {@link Injector} drives them: the file is refused with a clean
 * {@link XmlFileException} or problem, or the edited text parses, holds exactly the values set, encodes back,
 * and differs from the source only in them. In the normal build these run over the committed inputs in
 * {@code src/test/resources/dev/addinreg/inject/EditorsFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes (see the README).
 */
class EditorsFuzzTest {
    private static final String SECRET = AddinProject.SECRET;
    private static final Map<String, String> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("ClientId", AddinProject.CLIENT_ID);
        SETTINGS.put("ClientSecret", SECRET);
    }

    @FuzzTest(maxDuration = "2m")
    void webConfig(byte[] data) throws Exception {
        Path folder = Files.createTempDirectory("fuzz-web");
        try {
            webConfigIn(folder, data);
        } finally {
            Files.deleteIfExists(folder.resolve("Web.config"));
            Files.deleteIfExists(folder);
        }
    }

    private static void webConfigIn(Path folder, byte[] data) throws Exception {
        Optional<XmlFile> xml = read(data);
        if (xml.isEmpty()) {
            return;
        }
        Path file = Files.write(folder.resolve("Web.config"), data);
        AddinFileReader reader = new AddinFileReader(folder);
        Findings findings = new Findings();
        Optional<WebConfig> web = WebConfig.read(file, reader, (f, namedBy) -> reader.read(f, findings, namedBy, namedBy, namedBy),
                findings);
        Map<WebConfig.Part, FileEdit> edits = web.isEmpty() ? Map.of() : WebConfigEditor.plan(web.get(), SETTINGS, findings);
        if (!findings.errors().isEmpty() || web.isEmpty()) {
            findings.errors().forEach(problem -> {
                assertFalse(problem.message().contains(SECRET), "a problem shows no secret");
                assertTrue(problem.message().contains(". Fix: "), problem.message());
            });
            return;
        }
        if (web.get().parts().stream().anyMatch(part -> !part.path().equals(file))) {
            return; // a configSource or file the fuzzed text names: not in this folder
        }
        XmlFile edited = XmlFile.parse("Web.config", edits.get(web.get().webConfig()).result());
        Element section = AppSettings.section(edited.root()).orElseThrow();
        for (Map.Entry<String, String> setting : SETTINGS.entrySet()) {
            List<Element> entries = section.elements().stream().filter(add -> add.getName().equals("add"))
                    .filter(add -> setting.getKey().equalsIgnoreCase(add.attributeValue("key"))).toList();
            assertEquals(1, entries.size(), setting.getKey());
            assertEquals(setting.getValue(), entries.get(0).attributeValue("value"), setting.getKey());
        }
        assertEncodesBack(xml.get().source(), edited.source().text());
        assertOnlyValuesDiffer(xml.get().source().text(), edited.source().text());
    }

    @FuzzTest(maxDuration = "2m")
    void remoteAppUrl(byte[] data) throws XmlFileException {
        Optional<XmlFile> xml = read(data);
        if (xml.isEmpty()) {
            return;
        }
        String text = xml.get().source().text();
        FileEdit edit = new FileEdit(xml.get());
        int replaced = edit.replaceTokens(AddinProject.ORIGIN);
        XmlFile edited = XmlFile.parse("Elements.xml", edit.result());
        String result = edited.source().text();
        assertEquals(replaced == 0, result.equals(text));
        assertTrue(RemoteAppUrl.find(edited).isEmpty(), "no token is left in text or attribute values");
        if (!text.contains(AddinProject.ORIGIN)) {
            // every change is a token replaced by the origin, nothing else
            assertEquals(text, result.replace(AddinProject.ORIGIN, RemoteAppUrl.TOKEN));
        }
        assertEncodesBack(xml.get().source(), result);
    }

    /** The file as the injector reads it, or empty when it is refused with a clean message. */
    private static Optional<XmlFile> read(byte[] data) {
        try {
            return Optional.of(XmlFile.parse("Web.config", data));
        } catch (XmlFileException e) {
            assertTrue(e.getMessage().startsWith("Web.config"), e.getMessage());
            assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
            return Optional.empty();
        }
    }

    private static void assertEncodesBack(XmlSource source, String result) throws XmlFileException {
        byte[] bytes = source.encode(result);
        XmlSource again = XmlSource.decode("Web.config", bytes);
        assertEquals(result, again.text());
        assertArrayEquals(source.bytes(), source.encode(source.text()), "the unedited text encodes to the same bytes");
    }

    /**
     * Outside the span where source and result differ, they are the same text; inside it, the result holds the
     * values set (a value replaced, or an entry or section added).
     */
    private static void assertOnlyValuesDiffer(String source, String result) {
        if (source.equals(result)) {
            return;
        }
        int prefix = 0;
        while (prefix < source.length() && prefix < result.length() && source.charAt(prefix) == result.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < source.length() - prefix && suffix < result.length() - prefix
                && source.charAt(source.length() - 1 - suffix) == result.charAt(result.length() - 1 - suffix)) {
            suffix++;
        }
        String changed = result.substring(Math.max(0, prefix - SECRET.length()), Math.min(result.length(),
                result.length() - suffix + SECRET.length()));
        assertTrue(changed.contains(AddinProject.CLIENT_ID) || changed.contains(SECRET)
                || SETTINGS.values().stream().anyMatch(value -> changed.contains(value.substring(0, 8))), changed);
    }
}
