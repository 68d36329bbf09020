package dev.addinreg.inject;

import static dev.addinreg.files.ProjectFiles.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.addinreg.addin.FileProblems;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlFileException;

/**
 * How inject reads the add-in's files: each one looked at before it is read (a link out of the project, a
 * missing file, a folder), then read and checked by the XML parser. Every problem goes to the findings the
 * caller gives, so that files can be read on several threads, each with its own.
 */
final class InjectInputs {
    private final Path baseDir;

    InjectInputs(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** How messages name a file: relative to the project. */
    String name(Path file) {
        return display(baseDir, file);
    }

    /** Reads and checks a file a parameter names, with its dom4j document (a manifest). */
    Optional<ParsedXml> read(Path file, String parameter, Findings found) throws IOException {
        if (!readable(file, parameter, found)) {
            return Optional.empty();
        }
        return parse(name(file), readBytes(file), found);
    }

    /** Reads a web.config (or its appSettings file) to edit: no dom4j document, only the outline to appSettings. */
    Optional<ParsedXml> readOutline(Path file, String parameter, Findings found) throws IOException {
        if (!readable(file, parameter, found)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ParsedXml.readOutline(file, name(file), "appSettings"));
        } catch (XmlFileException e) {
            found.add(FileProblems.notWellFormed(e));
            return Optional.empty();
        } catch (IOException e) {
            throw ProjectFiles.unreadable(name(file), e);
        }
    }

    private boolean readable(Path file, String parameter, Findings found) throws IOException {
        String name = name(file);
        if (leadsOutside(file, found)) {
            return false;
        }
        if (!Files.exists(file)) {
            found.add(Problem.error(name, "the file does not exist", null, "the file " + parameter + " names",
                    "correct " + parameter + " or create the file"));
            return false;
        }
        if (!Files.isRegularFile(file)) {
            found.add(Problem.error(name, "this is not a regular file", null, "the file " + parameter + " names",
                    "point " + parameter + " at the file itself"));
            return false;
        }
        return true;
    }

    /** Whether a symbolic link leads {@code file} out of the project: such a file is neither read nor shipped. */
    boolean leadsOutside(Path file, Findings found) throws IOException {
        Optional<Path> real = ProjectFiles.linkOutside(baseDir, file);
        real.ifPresent(path -> found.add(FileProblems.linkOutside(name(file), path)));
        return real.isPresent();
    }

    byte[] readBytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProjectFiles.unreadable(name(file), e);
        }
    }

    /** Checks a file's or part's bytes, with its dom4j document (a manifest). */
    static Optional<ParsedXml> parse(String name, byte[] bytes, Findings found) {
        try {
            return Optional.of(ParsedXml.of(name, bytes));
        } catch (XmlFileException e) {
            found.add(FileProblems.notWellFormed(e));
            return Optional.empty();
        }
    }

    /** Checks a package file or part whose tokens are to be replaced: only its tree is needed, no dom4j document. */
    static Optional<ParsedXml> parseForTokens(String name, byte[] bytes, Findings found) {
        try {
            return Optional.of(ParsedXml.check(name, bytes));
        } catch (XmlFileException e) {
            found.add(FileProblems.notWellFormed(e));
            return Optional.empty();
        }
    }
}
