package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenHelpersTest {
    /** The lines of an older SharePoint TokenHelper that matter here: it reads ClientSecret, and nothing else. */
    private static final String OLD_TOKEN_HELPER = """
            namespace Contoso.OrdersWeb
            {
                public static class TokenHelper
                {
                    private static readonly string ClientId = string.IsNullOrEmpty(WebConfigurationManager.AppSettings.Get("ClientId")) ? WebConfigurationManager.AppSettings.Get("HostedAppName") : WebConfigurationManager.AppSettings.Get("ClientId");
                    private static readonly string ClientSecret = string.IsNullOrEmpty(WebConfigurationManager.AppSettings.Get("ClientSecret")) ? WebConfigurationManager.AppSettings.Get("HostedAppSigningKey") : WebConfigurationManager.AppSettings.Get("ClientSecret");
                }
            }
            """;
    private static final String CURRENT_TOKEN_HELPER = OLD_TOKEN_HELPER.replace("    }\n}", """
                    private static readonly string SecondaryClientSecret = WebConfigurationManager.AppSettings.Get("SecondaryClientSecret");
                }
            }""");
    /** A Microsoft Graph sample's TokenHelper: reads no ClientSecret app setting, so it is not SharePoint's. */
    private static final String GRAPH_TOKEN_HELPER = """
            public class TokenHelper
            {
                public static async Task<string> GetTokenAsync(IConfidentialClientApplication app) => (await app.AcquireTokenForClient(Scopes).ExecuteAsync()).AccessToken;
            }
            """;

    @TempDir
    Path web;

    @Test
    void anOlderSharePointTokenHelperIsFoundAndACurrentOneIsNot() throws IOException {
        Path old = write("TokenHelper.cs", OLD_TOKEN_HELPER);
        write("Other/TokenHelper.cs", CURRENT_TOKEN_HELPER);

        assertEquals(List.of(old), TokenHelpers.withoutSecondarySecret(web));
    }

    @Test
    void aTokenHelperThatReadsNoClientSecretIsNotSharePoints() throws IOException {
        write("Helpers/TokenHelper.cs", GRAPH_TOKEN_HELPER);

        assertEquals(List.of(), TokenHelpers.withoutSecondarySecret(web));
    }

    @Test
    void theFileNameMatchesIgnoringCaseAndAUtf16FileIsRead() throws IOException {
        Path lower = write("tokenhelper.cs", OLD_TOKEN_HELPER);
        Path utf16 = web.resolve("Sub/TokenHelper.cs");
        Files.createDirectories(utf16.getParent());
        Files.write(utf16, OLD_TOKEN_HELPER.getBytes(StandardCharsets.UTF_16));

        assertEquals(List.of(utf16, lower).stream().sorted().toList(), TokenHelpers.withoutSecondarySecret(web));
    }

    @Test
    void buildOutputAndHiddenFoldersAreNotSearched() throws IOException {
        write("bin/TokenHelper.cs", OLD_TOKEN_HELPER);
        write("obj/Debug/TokenHelper.cs", OLD_TOKEN_HELPER);
        write(".vs/TokenHelper.cs", OLD_TOKEN_HELPER);
        write("packages/SharePoint/TokenHelper.cs", OLD_TOKEN_HELPER);

        assertEquals(List.of(), TokenHelpers.withoutSecondarySecret(web));
    }

    @Test
    void aMissingFolderHasNone() throws IOException {
        assertEquals(List.of(), TokenHelpers.withoutSecondarySecret(web.resolve("none")));
    }

    /** {@code ../shared/corpus-web} holds the TokenHelper.cs of 46 corpus add-ins, all current: none is found. */
    @Test
    void noCorpusTokenHelperLacksTheSecondarySecret() throws IOException {
        Path corpusWeb = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../shared/corpus-web")
                .toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(corpusWeb), "the corpus is not at " + corpusWeb);
        List<Path> helpers;
        try (Stream<Path> files = Files.walk(corpusWeb)) {
            helpers = files.filter(f -> f.getFileName().toString().equalsIgnoreCase("TokenHelper.cs")).toList();
        }
        List<Path> found = new ArrayList<>();
        for (Path helper : helpers) {
            found.addAll(TokenHelpers.withoutSecondarySecret(helper.getParent()));
        }

        assertEquals(46, helpers.size());
        assertEquals(List.of(), found);
        // and each is recognised as SharePoint's: without its reading of SecondaryClientSecret, it would be found
        for (Path helper : helpers) {
            String older = new String(Files.readAllBytes(helper), StandardCharsets.ISO_8859_1).replace("\"SecondaryClientSecret\"", "\"\"");
            Path copy = Files.createDirectories(web.resolve(String.valueOf(found.size()))).resolve("TokenHelper.cs");
            Files.write(copy, older.getBytes(StandardCharsets.ISO_8859_1));
            found.add(copy);
        }
        assertEquals(new TreeSet<>(found), new TreeSet<>(TokenHelpers.withoutSecondarySecret(web)));
        assertEquals(46, found.size());
    }

    private Path write(String relative, String code) throws IOException {
        Path file = web.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, code);
    }
}
