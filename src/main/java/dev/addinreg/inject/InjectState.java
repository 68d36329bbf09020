package dev.addinreg.inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.addinreg.addin.Hosting;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Registration;

/**
 * What the last successful inject read and wrote, so that the next one skips the files that have not
 * changed since: one line per source and its output, each with the size, modification time and identity
 * (inode) the two files had. A file is skipped only when its source and its output still have exactly
 * those, and when the request, the registration and the plugin are the ones recorded; anything else is
 * read and checked as on a first build. The record is written only after a run that wrote everything it
 * planned and found nothing to report, and only when it differs from the one already there.
 *
 * <p>The request, the registration and the plugin are recorded as one SHA-256 {@link #key key}: a new
 * secret, domain or plugin build makes every line stale. The secrets go into that hash and nowhere else;
 * a hash of a random 32-byte secret tells nothing of it.
 */
final class InjectState {
    private static final String HEADER = "# addin:inject state (format 1): delete this file to make the next inject read every file";
    /**
     * On a file system that keeps whole seconds, a file changed in the second its time was recorded keeps
     * that time: such a time is trusted only when it is this much older than the record.
     */
    private static final long COARSE_MARGIN_NANOS = 2_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** The files that are skipped or read together. */
    enum Group {
        /** The manifest: it decides the hosting model, so the web group is read whenever it is. */
        MANIFEST,
        /** {@code web.config} and the appSettings file its {@code configSource} names. */
        WEB,
        /** One file of the package folder. */
        PACKAGE
    }

    /** What a file's attributes say of its content: equal stamps, same content. */
    record Stamp(long size, long modifiedNanos, String identity) {
        static Stamp of(BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            return new Stamp(attributes.size(), nanos(attributes), key == null ? "-" : key.toString());
        }

        /** The file's stamp, or empty when it cannot be read (or is a link: links are always read again). */
        static Optional<Stamp> read(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return attributes.isRegularFile() ? Optional.of(of(attributes)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private static long nanos(BasicFileAttributes attributes) {
            var instant = attributes.lastModifiedTime().toInstant();
            return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
        }
    }

    /**
     * One source and its output.
     *
     * @param changes what was set in it, for the INFO line; empty for a file copied unchanged
     * @param positions where, for DEBUG
     */
    record Entry(Group group, Path source, Stamp sourceStamp, Path target, Stamp targetStamp, List<String> changes,
            List<String> positions) {
        boolean edited() {
            return !changes.isEmpty();
        }
    }

    private final Path file;
    private final String key;
    private final Hosting recordedHosting;
    private final Map<Path, Entry> recorded;
    private final long recordedAt;
    /** The entries of the next record; an entry of a file this run read has no output stamp until the record is written. */
    private final List<Entry> next = new ArrayList<>();

    private InjectState(Path file, String key, Hosting recordedHosting, Map<Path, Entry> recorded, long recordedAt) {
        this.file = file;
        this.key = key;
        this.recordedHosting = recordedHosting;
        this.recorded = recorded;
        this.recordedAt = recordedAt;
    }

    /** A state that records nothing and skips nothing: for a request without a state file. */
    static InjectState none() {
        return new InjectState(null, null, Hosting.UNKNOWN, Map.of(), 0);
    }

    /** The record in {@code file} when it was made under {@code key}; an empty one otherwise (missing, other key, unreadable). */
    static InjectState load(Path file, String key) {
        try {
            long recordedAt = Stamp.read(file).map(Stamp::modifiedNanos).orElse(-1L);
            if (recordedAt < 0) {
                return new InjectState(file, key, Hosting.UNKNOWN, Map.of(), 0);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("key " + key)
                    || !lines.get(2).startsWith("hosting ")) {
                return new InjectState(file, key, Hosting.UNKNOWN, Map.of(), 0);
            }
            Hosting hosting = Hosting.valueOf(lines.get(2).substring("hosting ".length()));
            Map<Path, Entry> entries = new LinkedHashMap<>();
            for (String line : lines.subList(3, lines.size())) {
                Entry entry = parse(line);
                entries.put(entry.source(), entry);
            }
            return new InjectState(file, key, hosting, entries, recordedAt);
        } catch (IOException | RuntimeException e) {
            // a record that cannot be read is no record: every file is read again, and the next success writes a new one
            return new InjectState(file, key, Hosting.UNKNOWN, Map.of(), 0);
        }
    }

    /**
     * The key of a request: its paths and mode, the registration values (the secrets among them), and the
     * plugin's own build (where its classes were loaded from, and that file's size and time).
     */
    static String key(InjectRequest request) {
        StringBuilder text = new StringBuilder("addin:inject 1\n");
        for (Path path : new Path[] {request.baseDir(), request.webConfig(), request.appManifest(), request.packageDirectory(),
                request.outputDirectory()}) {
            text.append(path == null ? "-" : path.toAbsolutePath().normalize()).append('\n');
        }
        text.append(request.inPlace()).append('\n').append(pluginBuild()).append('\n');
        Registration registration = request.registration();
        text.append(registration.clientId().map(ClientId::value).orElse("-")).append('\n');
        text.append(registration.appDomain().map(AppDomain::origin).orElse("-")).append('\n');
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            for (Optional<ConfiguredSecret> secret : List.of(registration.primary(), registration.secondary())) {
                // the secrets go into the digest and nowhere else
                digest.update((secret.map(s -> s.secret().reveal()).orElse("-") + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static String pluginBuild() {
        try {
            var source = InjectState.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "-";
            }
            Path location = Path.of(source.getLocation().toURI());
            return location + " " + Stamp.read(location).map(Object::toString)
                    .orElseGet(() -> String.valueOf(location.toFile().lastModified()));
        } catch (Exception e) {
            return "-";
        }
    }

    /** The hosting model the last run read in the manifest. */
    Hosting recordedHosting() {
        return recordedHosting;
    }

    /** The recorded entries of {@code group} when there are some and every one is unchanged; else empty. */
    Optional<List<Entry>> unchanged(Group group) {
        List<Entry> entries = recorded.values().stream().filter(entry -> entry.group() == group).toList();
        if (entries.isEmpty() || !entries.stream().allMatch(entry -> unchanged(entry, Stamp.read(entry.source())))) {
            return Optional.empty();
        }
        return Optional.of(entries);
    }

    /** The recorded entry of a package file whose walk read {@code attributes}, when it and its output are unchanged. */
    Optional<Entry> unchanged(Path source, BasicFileAttributes attributes) {
        Entry entry = recorded.get(source);
        if (entry == null || entry.group() != Group.PACKAGE || !attributes.isRegularFile()
                || !unchanged(entry, Optional.of(Stamp.of(attributes)))) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    private boolean unchanged(Entry entry, Optional<Stamp> source) {
        return source.filter(stamp -> stamp.equals(entry.sourceStamp()) && settled(stamp)).isPresent()
                && Stamp.read(entry.target()).filter(stamp -> stamp.equals(entry.targetStamp()) && settled(stamp)).isPresent();
    }

    /** Whether a time can be trusted to change with the content: finer than a second, or well before the record. */
    private boolean settled(Stamp stamp) {
        return stamp.modifiedNanos() % NANOS_PER_SECOND != 0 || stamp.modifiedNanos() < recordedAt - COARSE_MARGIN_NANOS;
    }

    /** Keeps a skipped entry in the next record. */
    void keep(Entry entry) {
        if (file != null) {
            next.add(entry);
        }
    }

    /**
     * Records a file this run read, with the source's stamp from before it was read; the output's stamp is
     * read when the record is written.
     */
    void record(Group group, Path source, Optional<Stamp> sourceStamp, Path target, List<String> changes, List<String> positions) {
        if (file != null && sourceStamp.isPresent()) {
            next.add(new Entry(group, source, sourceStamp.get(), target, null, List.copyOf(changes), List.copyOf(positions)));
        }
    }

    /**
     * Writes the record of this run, after every output was written, unless it is the one already there. A
     * record that cannot be written is left out: the next inject then reads every file.
     */
    void write(AtomicWriter writer, Hosting hosting) {
        if (file == null) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("key ").append(key).append('\n')
                .append("hosting ").append(hosting.name()).append('\n');
        for (Entry entry : next) {
            if (entry.targetStamp() == null) {
                Optional<Stamp> target = Stamp.read(entry.target());
                if (target.isEmpty()) {
                    return;
                }
                // an output edited in place is its own source: its stamp after the write is the one to compare
                Stamp source = entry.source().equals(entry.target()) ? target.get() : entry.sourceStamp();
                entry = new Entry(entry.group(), entry.source(), source, entry.target(), target.get(), entry.changes(), entry.positions());
            }
            line(text, entry);
        }
        try {
            writer.write(file, text.toString().getBytes(StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            // best effort: without a record the next inject reads every file, as a first build does
        }
    }

    private static void line(StringBuilder text, Entry entry) {
        List<String> fields = new ArrayList<>(List.of(entry.group().name(), entry.source().toString(), stamp(entry.sourceStamp()),
                entry.target().toString(), stamp(entry.targetStamp()), String.valueOf(entry.changes().size())));
        fields.addAll(entry.changes());
        fields.add(String.valueOf(entry.positions().size()));
        fields.addAll(entry.positions());
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : "\t").append(escape(fields.get(i)));
        }
        text.append('\n');
    }

    private static String stamp(Stamp stamp) {
        return stamp.size() + " " + stamp.modifiedNanos() + " " + stamp.identity();
    }

    private static Entry parse(String line) {
        String[] fields = line.split("\t", -1);
        int at = 0;
        Group group = Group.valueOf(unescape(fields[at++]));
        Path source = Path.of(unescape(fields[at++]));
        Stamp sourceStamp = stamp(unescape(fields[at++]));
        Path target = Path.of(unescape(fields[at++]));
        Stamp targetStamp = stamp(unescape(fields[at++]));
        int changeCount = Integer.parseInt(fields[at++]);
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < changeCount; i++) {
            changes.add(unescape(fields[at++]));
        }
        int positionCount = Integer.parseInt(fields[at++]);
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < positionCount; i++) {
            positions.add(unescape(fields[at++]));
        }
        if (at != fields.length) {
            throw new IllegalArgumentException("extra fields");
        }
        return new Entry(group, source, sourceStamp, target, targetStamp, List.copyOf(changes), List.copyOf(positions));
    }

    private static Stamp stamp(String text) {
        String[] parts = text.split(" ", 3);
        return new Stamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
