package dev.addinreg.apppackage;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A built add-in package ({@code .app}): an Open Packaging Conventions zip holding {@code AppManifest.xml},
 * {@code [Content_Types].xml}, {@code _rels/}, the host web's feature and elements files and, for an add-in
 * web, a {@code .wsp}. It is read in place, never unpacked; {@link #rewrite(Map)} makes a new package in
 * which the named parts are replaced and every other entry is copied as its raw, still-compressed bytes,
 * in the same order, with the same compression method and timestamps.
 */
public final class AppPackage implements Closeable {
    /** The manifest's part name, at the package's root. */
    public static final String MANIFEST = "AppManifest.xml";
    /** Where Open Packaging Conventions keep a package's signatures. */
    static final String SIGNATURES = "package/services/digital-signature/";
    /** The largest XML part read into memory: a manifest or elements file is a few KB; a zip bomb is not read. */
    static final int MAX_PART_BYTES = 64 * 1024 * 1024;

    private static final String FIX_PACKAGE = "point appPackage at the .app file that Visual Studio or msbuild built";

    private final String name;
    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;
    private final String manifest;

    private AppPackage(String name, ZipFile zip, List<ZipArchiveEntry> entries, String manifest) {
        this.name = name;
        this.zip = zip;
        this.entries = entries;
        this.manifest = manifest;
    }

    /**
     * Opens and checks a package: a zip, every entry name inside the package and given once, a manifest at the root.
     *
     * @param name how messages name the package
     * @throws AppPackageException when the file is not such a package
     * @throws IOException when the file cannot be read
     */
    public static AppPackage open(Path file, String name) throws IOException, AppPackageException {
        if (!Files.isRegularFile(file)) {
            throw new AppPackageException(name, Files.exists(file) ? "this is not a regular file" : "the file does not exist",
                    null, FIX_PACKAGE);
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (ZipException | EOFException e) {
            throw new AppPackageException(name, "this is not a zip file, as an add-in package (.app) is", null,
                    FIX_PACKAGE + "; a damaged package must be built again");
        }
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            String manifest = check(name, entries);
            return new AppPackage(name, zip, List.copyOf(entries), manifest);
        } catch (AppPackageException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static String check(String name, List<ZipArchiveEntry> entries) throws AppPackageException {
        Set<String> seen = new HashSet<>();
        String manifest = null;
        for (ZipArchiveEntry entry : entries) {
            String entryName = entry.getName();
            if (escapes(entryName)) {
                throw new AppPackageException(name, "the package holds an entry whose name leaves the package's folder",
                        "\"" + printable(entryName) + "\"", "build the package again from trusted sources: names such as"
                                + " ../ or an absolute path are how a zip overwrites files outside the folder it is unpacked in");
            }
            if (!seen.add(entryName.toLowerCase(Locale.ROOT))) {
                throw new AppPackageException(name, "the package holds two entries named " + entryName
                        + " (in a package, names that differ only in case name the same part)", null,
                        "build the package again; tools would disagree on which entry is the part");
            }
            if (!entry.isDirectory() && entryName.equalsIgnoreCase(MANIFEST)) {
                manifest = entryName;
            }
        }
        if (manifest == null) {
            throw new AppPackageException(name, "the package has no AppManifest.xml at its root", null,
                    FIX_PACKAGE + " (an add-in package holds AppManifest.xml)");
        }
        return manifest;
    }

    /** An entry name that is absolute, climbs with {@code ..}, uses {@code \}, a drive or a control character. */
    private static boolean escapes(String entryName) {
        if (entryName.isEmpty() || entryName.startsWith("/") || entryName.contains("\\")
                || (entryName.length() > 1 && entryName.charAt(1) == ':')) {
            return true;
        }
        if (entryName.chars().anyMatch(c -> c < 0x20)) {
            return true;
        }
        return Arrays.asList(entryName.split("/")).contains("..");
    }

    /** An entry name for a message: control characters shown as {@code ?}. */
    private static String printable(String entryName) {
        StringBuilder out = new StringBuilder();
        entryName.chars().limit(200).forEach(c -> out.append(c < 0x20 ? '?' : (char) c));
        return out.toString();
    }

    /** How messages name an entry: {@code Orders.app!/AppManifest.xml}. */
    public String where(String entryName) {
        return name + "!/" + entryName;
    }

    /** The package's name in messages. */
    public String name() {
        return name;
    }

    /** The manifest's entry name, as the package spells it. */
    public String manifest() {
        return manifest;
    }

    /** Every entry's name, in the package's order. */
    public List<String> names() {
        return entries.stream().map(ZipArchiveEntry::getName).toList();
    }

    /** The XML parts other than the manifest, in the package's order: where {@code ~remoteAppUrl} may stand. */
    public List<String> xmlParts() {
        return entries.stream().filter(e -> !e.isDirectory()).map(ZipArchiveEntry::getName)
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".xml") && !n.equals(manifest)).toList();
    }

    /** Whether the package carries an Open Packaging Conventions signature, which any edit would break. */
    public boolean signed() {
        return entries.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).startsWith(SIGNATURES));
    }

    /**
     * The uncompressed bytes of a part.
     *
     * @throws AppPackageException when the part is larger than {@value #MAX_PART_BYTES} bytes once uncompressed
     */
    public byte[] read(String entryName) throws IOException, AppPackageException {
        ZipArchiveEntry entry = entry(entryName);
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_PART_BYTES) {
                    throw new AppPackageException(where(entryName), "the part is larger than " + (MAX_PART_BYTES >> 20)
                            + " MB once uncompressed", null, "build the package again; an add-in's XML parts are a few KB");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException | EOFException e) {
            throw new AppPackageException(where(entryName), "the part cannot be uncompressed (" + e.getMessage() + ")", null,
                    "build the package again; this one is damaged");
        }
    }

    /**
     * A new package: the parts named in {@code replaced} get the new bytes (same name, place, compression
     * method and timestamps); every other entry is copied as its raw compressed bytes.
     */
    public byte[] rewrite(Map<String, byte[]> replaced) throws IOException {
        for (String part : replaced.keySet()) {
            entry(part);
        }
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(channel)) {
            for (ZipArchiveEntry entry : entries) {
                byte[] content = replaced.get(entry.getName());
                if (content == null) {
                    try (InputStream raw = zip.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                    continue;
                }
                ZipArchiveEntry edited = new ZipArchiveEntry(entry);
                CRC32 crc = new CRC32();
                crc.update(content);
                edited.setSize(content.length);
                edited.setCrc(crc.getValue());
                edited.setCompressedSize(ArchiveEntry.SIZE_UNKNOWN);
                out.putArchiveEntry(edited);
                out.write(content);
                out.closeArchiveEntry();
            }
            out.finish();
            return Arrays.copyOf(channel.array(), (int) channel.size());
        }
    }

    private ZipArchiveEntry entry(String entryName) {
        return entries.stream().filter(e -> e.getName().equals(entryName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry " + entryName + " in " + name));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
