package dev.addinreg.apppackage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppPackageTest {
    static final String ELEMENTS = "elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml";

    @TempDir
    Path dir;

    private Path contosoOrders() throws IOException {
        Path app = dir.resolve("Contoso.Orders.app");
        VisualStudioPackage.write(VisualStudioPackage.contosoOrders(), app);
        return app;
    }

    @Test
    void listsEntriesInPackageOrderAndFindsTheManifest() throws Exception {
        try (AppPackage app = AppPackage.open(contosoOrders(), "build/Contoso.Orders.app")) {
            assertEquals("AppManifest.xml", app.manifest());
            assertEquals("AppManifest.xml", app.names().get(0));
            assertEquals("[Content_Types].xml", app.names().get(app.names().size() - 1));
            assertEquals(11, app.names().size());
            assertTrue(app.xmlParts().contains(ELEMENTS));
            assertFalse(app.xmlParts().contains("AppManifest.xml"));
            assertFalse(app.signed());
            assertEquals("build/Contoso.Orders.app!/" + ELEMENTS, app.where(ELEMENTS));
            assertArrayEquals(Files.readAllBytes(VisualStudioPackage.contosoOrders().resolve(ELEMENTS)), app.read(ELEMENTS));
        }
    }

    @Test
    void rewriteReplacesNamedPartsAndCopiesEveryOtherEntryRaw() throws Exception {
        Path input = contosoOrders();
        byte[] newManifest = "<App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\"/>".getBytes(StandardCharsets.UTF_8);
        Path output = dir.resolve("out.app");
        try (AppPackage app = AppPackage.open(input, "in.app")) {
            Files.write(output, app.rewrite(Map.of("AppManifest.xml", newManifest)));
        }
        try (ZipFile in = ZipFile.builder().setPath(input).get(); ZipFile out = ZipFile.builder().setPath(output).get()) {
            List<ZipArchiveEntry> before = Collections.list(in.getEntries());
            List<ZipArchiveEntry> after = Collections.list(out.getEntries());
            assertEquals(names(before), names(after));
            for (int i = 0; i < before.size(); i++) {
                ZipArchiveEntry was = before.get(i);
                ZipArchiveEntry is = after.get(i);
                assertEquals(was.getMethod(), is.getMethod(), was.getName());
                assertEquals(was.getTime(), is.getTime(), was.getName());
                if (was.getName().equals("AppManifest.xml")) {
                    assertArrayEquals(newManifest, bytes(out.getInputStream(is)));
                } else {
                    assertArrayEquals(bytes(in.getRawInputStream(was)), bytes(out.getRawInputStream(is)), was.getName());
                    assertEquals(was.getCrc(), is.getCrc(), was.getName());
                }
            }
        }
    }

    @Test
    void rewriteWithNothingReplacedGivesTheSameEntriesAndIsRepeatable() throws Exception {
        Path input = contosoOrders();
        try (AppPackage app = AppPackage.open(input, "in.app")) {
            byte[] first = app.rewrite(Map.of());
            assertArrayEquals(first, app.rewrite(Map.of()));
            Path output = Files.write(dir.resolve("same.app"), first);
            try (AppPackage copy = AppPackage.open(output, "same.app")) {
                assertEquals(app.names(), copy.names());
                for (String name : app.names()) {
                    assertArrayEquals(app.read(name), copy.read(name), name);
                }
            }
        }
    }

    @Test
    void aFileThatIsNotAZipFails() throws Exception {
        Path notZip = Files.writeString(dir.resolve("Orders.app"), "<App/> is not a package");
        AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(notZip, "build/Orders.app"));
        assertEquals("build/Orders.app: this is not a zip file, as an add-in package (.app) is. Fix: point appPackage at the"
                + " .app file that Visual Studio or msbuild built; a damaged package must be built again", e.getMessage());
    }

    @Test
    void anEmptyFileFails() throws Exception {
        Path empty = Files.write(dir.resolve("Orders.app"), new byte[0]);
        AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(empty, "Orders.app"));
        assertEquals("this is not a zip file, as an add-in package (.app) is", e.what());
    }

    @Test
    void aMissingFileFails() {
        AppPackageException e = assertThrows(AppPackageException.class,
                () -> AppPackage.open(dir.resolve("none.app"), "none.app"));
        assertEquals("none.app: the file does not exist. Fix: point appPackage at the .app file that Visual Studio or msbuild built",
                e.getMessage());
    }

    @Test
    void aFolderFails() {
        AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(dir, "target"));
        assertEquals("this is not a regular file", e.what());
    }

    @Test
    void aPackageWithoutManifestFails() throws Exception {
        Path app = dir.resolve("NoManifest.app");
        VisualStudioPackage.writeEntries(app, Map.of("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8)));
        AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(app, "NoManifest.app"));
        assertEquals("NoManifest.app: the package has no AppManifest.xml at its root. Fix: point appPackage at the .app file"
                + " that Visual Studio or msbuild built (an add-in package holds AppManifest.xml)", e.getMessage());
    }

    @Test
    void aManifestInAFolderIsNotTheManifest() throws Exception {
        Path app = dir.resolve("Nested.app");
        VisualStudioPackage.writeEntries(app, Map.of("sub/AppManifest.xml", "<App/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(AppPackageException.class, () -> AppPackage.open(app, "Nested.app"));
    }

    @Test
    void entryNamesThatLeaveThePackageFail() throws Exception {
        // the zip reader turns a Windows \ into / in names, so ..\ is reported as ../
        for (String hostile : List.of("../../evil.xml", "feature/../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil.xml",
                "..\\evil.xml", "a/\u0001b.xml")) {
            Path app = dir.resolve("Hostile.app");
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("AppManifest.xml", "<App/>".getBytes(StandardCharsets.UTF_8));
            entries.put(hostile, "x".getBytes(StandardCharsets.UTF_8));
            VisualStudioPackage.writeEntries(app, entries);
            AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(app, "Hostile.app"), hostile);
            assertEquals("Hostile.app: the package holds an entry whose name leaves the package's folder. Found \""
                    + hostile.replace('\u0001', '?').replace('\\', '/') + "\". Fix: build the package again from trusted sources: names such as ../"
                    + " or an absolute path are how a zip overwrites files outside the folder it is unpacked in", e.getMessage());
        }
    }

    @Test
    void namesThatDifferOnlyInCaseFail() throws Exception {
        Path app = dir.resolve("Twice.app");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AppManifest.xml", "<App/>".getBytes(StandardCharsets.UTF_8));
        entries.put("appmanifest.XML", "<App/>".getBytes(StandardCharsets.UTF_8));
        VisualStudioPackage.writeEntries(app, entries);
        AppPackageException e = assertThrows(AppPackageException.class, () -> AppPackage.open(app, "Twice.app"));
        assertEquals("the package holds two entries named appmanifest.XML (in a package, names that differ only in case name"
                + " the same part)", e.what());
    }

    @Test
    void aSignedPackageSaysSo() throws Exception {
        Path app = dir.resolve("Signed.app");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AppManifest.xml", "<App/>".getBytes(StandardCharsets.UTF_8));
        entries.put("package/services/digital-signature/xml-signature/abc.psdsxs", "<Signature/>".getBytes(StandardCharsets.UTF_8));
        VisualStudioPackage.writeEntries(app, entries);
        try (AppPackage opened = AppPackage.open(app, "Signed.app")) {
            assertTrue(opened.signed());
        }
    }

    @Test
    void aPartThatInflatesBeyondTheLimitIsNotRead() throws Exception {
        Path app = dir.resolve("Bomb.app");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AppManifest.xml", new byte[AppPackage.MAX_PART_BYTES + 1]);
        VisualStudioPackage.writeEntries(app, entries);
        assertTrue(Files.size(app) < 1_000_000, "a deflated run of zeros is small");
        try (AppPackage opened = AppPackage.open(app, "Bomb.app")) {
            AppPackageException e = assertThrows(AppPackageException.class, () -> opened.read("AppManifest.xml"));
            assertEquals("Bomb.app!/AppManifest.xml: the part is larger than 64 MB once uncompressed. Fix: build the package"
                    + " again; an add-in's XML parts are a few KB", e.getMessage());
        }
    }

    private static List<String> names(List<ZipArchiveEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.getName()));
        return names;
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
