package dev.addinreg.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.addinreg.files.FilePatterns;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/**
 * How {@code addin:inject} and {@code addin:verify} read the add-in's files: a file that a symbolic link
 * leads out of the project is neither read nor shipped, a missing file or a folder is a problem, and every
 * XML file is read as an {@link XmlFile}. Problems go to the findings the caller gives; I/O failures are
 * thrown, naming the file.
 */
public final class AddinFileReader {
    private final Path baseDir;
    private final List<String> parsed = new ArrayList<>();
    /** The project folder's real path, once it was needed. */
    private Path realBase;

    public AddinFileReader(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** How messages name a file: relative to the project. */
    public String name(Path file) {
        return ProjectFiles.display(baseDir, file);
    }

    /**
     * Reads a file a parameter names.
     *
     * @param expected what the file should be, for the problem when it is missing or not a file
     * @param fixMissing the fix for a missing file
     * @param fixNotAFile the fix for a folder or other non-file
     */
    public Optional<XmlFile> read(Path file, Findings found, String expected, String fixMissing, String fixNotAFile)
            throws IOException {
        if (leadsOutside(file, found)) {
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            found.add(Problem.error(name(file), "the file does not exist", null, expected, fixMissing));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            found.add(Problem.error(name(file), "this is not a regular file", null, expected, fixNotAFile));
            return Optional.empty();
        }
        return parse(name(file), readBytes(file), found);
    }

    /** Reads a file's or a package part's bytes as XML; a file that is not well-formed is a problem. */
    public Optional<XmlFile> parse(String name, byte[] bytes, Findings found) {
        parsed.add(name);
        try {
            return Optional.of(XmlFile.parse(name, bytes));
        } catch (XmlFileException e) {
            found.add(FileProblems.notWellFormed(e));
            return Optional.empty();
        }
    }

    /** The files and parts given to the parser so far, well-formed or not, as messages name them. */
    public List<String> parsed() {
        return List.copyOf(parsed);
    }

    /** Whether a symbolic link leads {@code file} out of the project: such a file is neither read nor shipped. */
    public boolean leadsOutside(Path file, Findings found) throws IOException {
        Optional<Path> real = linkOutside(file);
        real.ifPresent(path -> found.add(FileProblems.linkOutside(name(file), path)));
        return real.isPresent();
    }

    /**
     * Where {@code file} really is when it lies in the project folder but a symbolic link (the file or a folder
     * above it) leads outside the project; empty when it stays inside, or when the file was named outside the
     * project to begin with (the user chose that place).
     */
    private Optional<Path> linkOutside(Path file) throws IOException {
        Path base = baseDir.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || !Files.exists(absolute)) {
            return Optional.empty();
        }
        if (realBase == null) {
            realBase = base.toRealPath();
        }
        Path real = absolute.toRealPath();
        return real.startsWith(realBase) ? Optional.empty() : Optional.of(real);
    }

    /** A file's bytes; a failure names the file. */
    public byte[] readBytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProjectFiles.unreadable(name(file), e);
        }
    }

    /**
     * The regular files below a package folder that {@code patterns} include (never one in a build folder), in name
     * order, the manifest left out. A file that a
     * symbolic link leads out of the project is left out, and is a problem. The walk follows no link, so a file
     * that is no link lies where its folder really is: only links, or every file of a folder that itself leads
     * outside, are resolved.
     */
    public List<Path> packageFiles(Path folder, Path manifest, FilePatterns patterns, Findings found) throws IOException {
        Path skipped = manifest.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(patterns.find(folder).stream()
                .filter(file -> !file.toAbsolutePath().normalize().equals(skipped)).toList());
        Set<Path> links = new HashSet<>(files.stream().filter(Files::isSymbolicLink).toList());
        boolean folderInside = linkOutside(folder).isEmpty();
        List<Path> inside = new ArrayList<>();
        for (Path file : files) {
            if ((folderInside && !links.contains(file)) || !leadsOutside(file, found)) {
                inside.add(file);
            }
        }
        return inside;
    }
}
