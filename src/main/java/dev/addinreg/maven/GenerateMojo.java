package dev.addinreg.maven;

import java.io.File;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.registration.NewRegistration;

/**
 * Makes a new registration as AppRegNew.aspx's Generate buttons do: a lowercase client ID and a
 * client secret of 32 random bytes, base64-encoded. Writes them to a properties file, readable by its
 * owner only on a POSIX file system (on Windows it gets the default ACL it inherits from its folder), and
 * never overwrites one. The console shows the client ID and the next steps, never the secret.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The file the new client ID and secret are written to. It must not exist yet.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REGISTRATION_FILE,
            defaultValue = "${project.build.directory}/addin/new-registration.properties")
    private File registrationFile;

    /**
     * How many years the secret is to be valid: 1 (as AppRegNew.aspx), 2 or 3. The end date written is
     * today plus this; record it as {@code clientSecretExpires}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VALIDITY_YEARS, defaultValue = "1")
    private int validityYears;

    /** Where today comes from: the system clock; replaced by a fixed one in tests, never by a user. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!NewRegistration.VALIDITY_YEARS.contains(validityYears)) {
            throw BuildResult.failure("<validityYears> (-D" + PropertyNames.VALIDITY_YEARS + "): " + validityYears
                    + " is not allowed. Expected one of 1, 2, 3 (AppRegNew.aspx gives 1 year, the store 1 to 3).");
        }
        NewRegistration registration = NewRegistration.generate(new SecureRandom(), LocalDate.now(clock), validityYears);
        Path file = registrationFile.toPath();
        if (!BuildResult.run("write " + file, () -> registration.writeTo(file))) {
            throw BuildResult.failure(file + " already exists; addin:generate never overwrites a registration."
                    + " Fix: store or delete the registration in it first, or set registrationFile to another path.");
        }
        getLog().info("New client ID:    " + registration.clientId().value());
        getLog().info("Secret ends:      " + registration.ends() + " (" + validityYears + (validityYears == 1 ? " year)" : " years)"));
        // owner-only is what POSIX permissions give; elsewhere (Windows) the file gets its folder's access rules
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        getLog().info("Client ID and secret written to " + file + (posix ? " (readable by its owner only)."
                : " (with its folder's access rules: keep it in a folder only you can read)."));
        getLog().info("Next steps:");
        getLog().info("  1. On https://<your site>/_layouts/15/AppRegNew.aspx, paste the client ID and the secret from that file,"
                + " with the add-in's title, domain and redirect URI, and click Create.");
        getLog().info("  2. Store the secret: mvn --encrypt-password, then put it as the <password> of a settings.xml <server>"
                + " (serverId), or in your CI secret store as ADDIN_CLIENT_SECRET.");
        getLog().info("  3. Configure <clientId>" + registration.clientId().value() + "</clientId> and <clientSecretExpires>"
                + registration.ends() + "</clientSecretExpires>, then delete " + file.getFileName() + ".");
    }
}
