package dev.addinreg.registration;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A new client ID and client secret, made as AppRegNew.aspx's Generate buttons make them: a random
 * lowercase GUID, and 32 random bytes from {@link SecureRandom}, base64-encoded (44 characters).
 *
 * @param clientId the new client ID
 * @param secret the new secret
 * @param created the day it was made
 * @param ends the day the secret should end, {@code validityYears} after {@code created}
 */
public record NewRegistration(ClientId clientId, ClientSecret secret, LocalDate created, LocalDate ends) {
    /** The validity periods SharePoint offers: AppRegNew gives 1 year, the store 1 to 3. */
    public static final List<Integer> VALIDITY_YEARS = List.of(1, 2, 3);
    private static final int SECRET_BYTES = 32;

    /**
     * @throws IllegalArgumentException when {@code validityYears} is not 1, 2 or 3
     */
    public static NewRegistration generate(SecureRandom random, LocalDate today, int validityYears) {
        if (!VALIDITY_YEARS.contains(validityYears)) {
            throw new IllegalArgumentException("validityYears is " + validityYears + "; allowed: 1, 2 or 3");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        byte[] id = new byte[16];
        random.nextBytes(id);
        id[6] = (byte) ((id[6] & 0x0f) | 0x40);
        id[8] = (byte) ((id[8] & 0x3f) | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (id[i] & 0xff);
            low = (low << 8) | (id[i + 8] & 0xff);
        }
        return new NewRegistration(ClientId.parse(new UUID(high, low).toString()),
                ClientSecret.parse(Base64.getEncoder().encodeToString(bytes)), today, today.plusYears(validityYears));
    }

    /**
     * Writes the registration to a new properties file, readable by its owner only where the file system has
     * POSIX permissions.
     *
     * @return whether it was written: {@code false}, writing nothing, when the file exists already
     */
    public boolean writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# A new SharePoint Add-in registration, made by addin:generate on " + created + ".\n"
                    + "# Keep this file secret; delete it once the secret is stored (settings.xml or a CI secret store).\n"
                    + "clientId=" + clientId.value() + "\n"
                    + "clientSecret=" + secret.reveal() + "\n"
                    + "created=" + created + "\n"
                    + "clientSecretExpires=" + ends + "\n");
        }
        return true;
    }

    @Override
    public String toString() {
        return "NewRegistration[" + clientId + ", " + secret + ", ends " + ends + "]";
    }
}
