package dev.addinreg.apppackage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test fixture: an add-in package made the way Visual Studio's packaging (System.IO.Packaging) makes one, from a
 * folder of parts: {@code AppManifest.xml} first, {@code [Content_Types].xml} last, the others in name order;
 * images and the {@code .wsp} stored, every other part deflated; every entry stamped with one fixed time. Used by
 * the unit tests and, through the ITs' test class path, by their {@code prebuild.groovy}.
 */
public final class VisualStudioPackage {
    /** The time every entry carries. */
    public static final FileTime BUILT = FileTime.from(LocalDateTime.of(2024, 5, 1, 10, 15, 30).toInstant(ZoneOffset.UTC));

    private VisualStudioPackage() {
    }

    /** The parts of the Contoso Orders add-in (test resources): a provider-hosted manifest and an app part with tokens. */
    public static Path contosoOrders() {
        try {
            return Path.of(VisualStudioPackage.class.getResource("/apppackage/contoso-orders").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Packs the Contoso Orders parts into {@code app}, then the {@code extra} entries. */
    public static void writeContosoOrders(Path app, Map<String, byte[]> extra) throws IOException {
        write(contosoOrders(), app, extra);
    }

    /** Packs every file below {@code parts} into {@code app}. */
    public static void write(Path parts, Path app) throws IOException {
        write(parts, app, Map.of());
    }

    /** Packs every file below {@code parts}, then the {@code extra} entries as named (hostile names included). */
    public static void write(Path parts, Path app, Map<String, byte[]> extra) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parts)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        files.sort(Comparator.comparing((Path p) -> rank(parts.relativize(p).toString()))
                .thenComparing(p -> parts.relativize(p).toString().replace('\\', '/')));
        for (Path file : files) {
            entries.put(parts.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        entries.putAll(extra);
        writeEntries(app, entries);
    }

    /** Writes exactly these entries, in this order. */
    public static void writeEntries(Path app, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(app.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(app); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> part : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setLastModifiedTime(BUILT);
                String name = part.getKey().toLowerCase(Locale.ROOT);
                if (name.endsWith(".png") || name.endsWith(".wsp")) {
                    CRC32 crc = new CRC32();
                    crc.update(part.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(part.getValue().length);
                    entry.setCompressedSize(part.getValue().length);
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    private static int rank(String name) {
        if (name.equalsIgnoreCase(AppPackage.MANIFEST)) {
            return 0;
        }
        return name.equals("[Content_Types].xml") ? 2 : 1;
    }
}
