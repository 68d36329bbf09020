package dev.addinreg.addin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SharePoint {@code TokenHelper.cs} files of a web project: the class Visual Studio adds to read the registration
 * from {@code web.config}. Older projects have one that never reads {@code SecondaryClientSecret}, so a secret
 * rotation silently does not work for them. Other classes named {@code TokenHelper} (Microsoft Graph samples have
 * some) read no {@code ClientSecret} app setting, and are not SharePoint's.
 */
public final class TokenHelpers {
    /** Build output and tool folders: no project source is there. */
    private static final Set<String> SKIPPED = Set.of("bin", "obj", "node_modules", "packages");

    private TokenHelpers() {
    }

    /** The SharePoint {@code TokenHelper.cs} files below {@code folder} that never read {@code SecondaryClientSecret}. */
    public static List<Path> withoutSecondarySecret(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(folder) && (name.startsWith(".") || SKIPPED.contains(name.toLowerCase(Locale.ROOT)))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && file.getFileName().toString().equalsIgnoreCase("TokenHelper.cs")) {
                    String code = text(Files.readAllBytes(file));
                    if (code.contains("\"ClientSecret\"") && !code.contains("\"SecondaryClientSecret\"")) {
                        found.add(file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** C# source as text, for finding ASCII string literals: UTF-16 when its byte order mark says so, else byte for byte. */
    private static String text(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    }
}
