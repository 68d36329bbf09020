package dev.addinreg.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.MatchPatterns;

/**
 * Which files below a folder are the add-in's, in Maven's convention: Ant-style include and exclude patterns
 * ({@code **}{@code /*.xml}), matched ignoring case as Windows does, relative to the folder and with forward slashes.
 * Build folders ({@code bin/}, {@code obj/}, {@code pkg/}, {@code pkgobj/}, where Visual Studio puts copies of the
 * manifest and the package files) and Maven's default excludes ({@code .git/}, {@code .svn/} ...) are always
 * excluded, and never entered.
 */
public final class FilePatterns {
    /** The folders a Visual Studio build writes into an add-in's projects. */
    public static final List<String> BUILD_FOLDERS = List.of("**/bin/**", "**/obj/**", "**/pkg/**", "**/pkgobj/**");

    private final MatchPatterns includes;
    private final MatchPatterns excludes;
    /** The excludes that leave a whole folder out ({@code .../**}): a folder they match is not entered. */
    private final MatchPatterns prunes;

    /**
     * @param includes the patterns a file must match; none means every file
     * @param excludes the patterns no file may match, beside the build folders and Maven's default excludes
     */
    public FilePatterns(List<String> includes, List<String> excludes) {
        this.includes = patterns(includes == null || includes.isEmpty() ? List.of("**/*") : includes);
        List<String> all = new ArrayList<>(BUILD_FOLDERS);
        all.addAll(Arrays.asList(AbstractScanner.DEFAULTEXCLUDES));
        if (excludes != null) {
            all.addAll(excludes);
        }
        this.excludes = patterns(all);
        this.prunes = patterns(all.stream().filter(p -> p.endsWith("/**")).toList());
    }

    /**
     * The patterns, each split into its parts once (a file is matched against some fifty): with the platform's
     * separator, as plexus-utils splits them and the paths matched.
     */
    private static MatchPatterns patterns(List<String> patterns) {
        return MatchPatterns.from(patterns.stream().map(FilePatterns::platform).toList());
    }

    private static String platform(String path) {
        return path.replace('/', File.separatorChar).replace('\\', File.separatorChar);
    }

    /** Every file: only the build folders and Maven's default excludes are left out. */
    public static FilePatterns everyFile() {
        return new FilePatterns(List.of(), List.of());
    }

    /** Whether the file at {@code relative} (forward slashes) is included and not excluded. */
    public boolean matches(String relative) {
        String name = platform(relative);
        return includes.matches(name, false) && !excludes.matches(name, false);
    }

    /** Whether nothing below the folder at {@code relative} can be included: it is not entered. */
    private boolean prunes(String relative) {
        return prunes.matches(platform(relative), false);
    }

    /**
     * The files below {@code folder} that match, sorted; symbolic links to files are included, as files. Excluded folders
     * are not entered.
     */
    public List<Path> find(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(folder) && prunes(relative(folder, dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean isFile = attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(file));
                if (isFile && matches(relative(folder, file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
