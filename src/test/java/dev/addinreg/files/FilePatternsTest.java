package dev.addinreg.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePatternsTest {
    @TempDir
    Path folder;

    private List<String> found(FilePatterns patterns) throws IOException {
        return patterns.find(folder).stream().map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
    }

    private void write(String... files) throws IOException {
        for (String file : files) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    @Test
    void everyFileButTheBuildFoldersAndMavensDefaultExcludes() throws IOException {
        write("AppManifest.xml", "Pages/Elements.xml", "Images/AppIcon.png", "bin/Debug/AppManifest.xml", "obj/Debug/x.xml",
                "pkg/Debug/AppManifest.xml", "pkgobj/Debug/Elements.xml", "Pages/BIN/copy.xml", ".git/config", ".svn/entries",
                "Pages/.DS_Store");

        assertEquals(List.of("AppManifest.xml", "Images/AppIcon.png", "Pages/Elements.xml"), found(FilePatterns.everyFile()));
    }

    @Test
    void includesAndExcludesAreAntPatternsMatchedIgnoringCase() throws IOException {
        write("AppManifest.xml", "Pages/Elements.xml", "Pages/Default.aspx", "Drafts/Elements.xml", "Drafts/Old/Elements.XML");

        assertEquals(List.of("AppManifest.xml", "Pages/Elements.xml"),
                found(new FilePatterns(List.of("**/*.xml"), List.of("drafts/**"))));
        assertEquals(List.of("Drafts/Old/Elements.XML", "Drafts/Elements.xml", "Pages/Elements.xml").stream().sorted().toList(),
                found(new FilePatterns(List.of("**/elements.xml"), List.of())));
    }

    @Test
    void aFileMatchesOnItsPathRelativeToTheFolder() {
        FilePatterns patterns = new FilePatterns(List.of(), List.of("**/*.bak"));

        assertTrue(patterns.matches("Pages/Elements.xml"));
        assertFalse(patterns.matches("Pages/Elements.xml.bak"));
        assertFalse(patterns.matches("Contoso/obj/Debug/AppManifest.xml"));
    }

    @Test
    void aMissingFolderHasNoFiles() throws IOException {
        assertEquals(List.of(), FilePatterns.everyFile().find(folder.resolve("none")));
    }
}
