package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/** Finding an add-in's files in a solution as Visual Studio lays it out, with no path configured. */
class AddinSearchTest {
    private static final String MANIFEST = "<App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\"/>";
    private static final String WEB_CONFIG = "<configuration><appSettings><add key=\"ClientId\" value=\"*\"/></appSettings></configuration>";
    private static final String OTHER_CONFIG = "<configuration><system.web/></configuration>";

    @TempDir
    Path solution;

    private final List<String> log = new ArrayList<>();
    private final Findings findings = new Findings();

    private void write(String file, String text) throws IOException {
        Path path = solution.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /** A solution after one Visual Studio build: copies of the manifest in the build folders, and Maven's own output. */
    private void visualStudioSolution() throws IOException {
        write("Contoso/AppManifest.xml", MANIFEST);
        write("Contoso/Pages/Elements.xml", "<Elements/>");
        write("Contoso/bin/Debug/AppManifest.xml", MANIFEST);
        write("Contoso/obj/Debug/AppManifest.xml", MANIFEST);
        write("Contoso/pkg/Debug/AppManifest.xml", MANIFEST);
        write("Contoso/pkgobj/Debug/AppManifest.xml", MANIFEST);
        write("ContosoWeb/Web.config", WEB_CONFIG);
        write("ContosoWeb/Views/Web.config", OTHER_CONFIG);
        write("ContosoWeb/bin/Web.config", WEB_CONFIG);
        write("target/addin/package/AppManifest.xml", MANIFEST);
        write("packages/Microsoft.SharePoint/content/web.config", WEB_CONFIG);
    }

    private AddinFiles complete(AddinFiles configured) throws IOException {
        return new AddinSearch(solution, List.of(solution.resolve("target"))).complete(configured, false,
                new AddinFileReader(solution), log, findings);
    }

    private AddinFiles nothingConfigured() {
        return new AddinFiles(solution, null, null, null, null, solution.resolve("target/addin"), false);
    }

    private List<String> problems() {
        return findings.all().stream().map(Problem::message).toList();
    }

    @Test
    void aVisualStudioSolutionNeedsNoPath() throws IOException {
        visualStudioSolution();

        AddinFiles files = complete(nothingConfigured());

        assertEquals(List.of(), problems());
        assertEquals(solution.resolve("Contoso/AppManifest.xml"), files.appManifest());
        assertEquals(solution.resolve("Contoso"), files.packageDirectory());
        assertEquals(solution.resolve("ContosoWeb/Web.config"), files.webConfig());
        assertEquals(List.of("appManifest: Contoso/AppManifest.xml (the only AppManifest.xml in the project)",
                "packageDirectory: Contoso (the manifest's folder)",
                "webConfig: ContosoWeb/Web.config (the only web.config in the project, Views/ aside)"), log);
    }

    @Test
    void ofSeveralWebConfigsTheOneHoldingClientIdIsTaken() throws IOException {
        visualStudioSolution();
        write("ContosoApi/Web.config", OTHER_CONFIG);

        AddinFiles files = complete(nothingConfigured());

        assertEquals(solution.resolve("ContosoWeb/Web.config"), files.webConfig());
        assertEquals("webConfig: ContosoWeb/Web.config (the only web.config whose appSettings hold ClientId, of 2 in the project)",
                log.get(2));
    }

    @Test
    void webConfigsThatNothingTellsApartAreAProblemListingThem() throws IOException {
        visualStudioSolution();
        write("ContosoApi/web.config", WEB_CONFIG);

        complete(nothingConfigured());

        assertEquals(List.of("<webConfig> (-Daddin.webConfig): the project holds 2 web.config files, and 2 of them hold ClientId in their appSettings. Found"
                + " ContosoApi/web.config, ContosoWeb/Web.config; expected the web project's web.config, or webConfig naming it."
                + " Fix: set webConfig to the add-in's web project's, such as <webConfig>ContosoApi/web.config</webConfig>; for a"
                + " SharePoint-hosted add-in, set skipWebConfig"), problems());
    }

    @Test
    void severalManifestsAreAProblemListingThem() throws IOException {
        visualStudioSolution();
        write("Fabrikam/AppManifest.xml", MANIFEST);

        complete(nothingConfigured());

        assertEquals(List.of("<appManifest> (-Daddin.appManifest): the project holds 2 AppManifest.xml files, and nothing tells which is the add-in's. Found"
                + " Contoso/AppManifest.xml, Fabrikam/AppManifest.xml; expected one AppManifest.xml, or appManifest naming it."
                + " Fix: set appManifest to the add-in's, such as <appManifest>Contoso/AppManifest.xml</appManifest>"), problems());
    }

    @Test
    void noManifestIsAProblem() throws IOException {
        write("ContosoWeb/Web.config", WEB_CONFIG);

        complete(nothingConfigured());

        assertEquals(List.of("<appManifest> (-Daddin.appManifest): no AppManifest.xml was found in the project. Expected the add-in project's AppManifest.xml"
                + " below the project's folder (build folders aside). Fix: set appManifest to the add-in's AppManifest.xml, or"
                + " run Maven from the solution's folder"), problems());
    }

    @Test
    void explicitPathsAlwaysWinAndAreNotLogged() throws IOException {
        visualStudioSolution();
        write("Fabrikam/AppManifest.xml", MANIFEST);

        AddinFiles files = complete(new AddinFiles(solution, solution.resolve("ContosoWeb/bin/Web.config"),
                solution.resolve("Fabrikam/AppManifest.xml"), null, null, solution.resolve("target/addin"), false));

        assertEquals(List.of(), problems());
        assertEquals(solution.resolve("Fabrikam/AppManifest.xml"), files.appManifest());
        assertEquals(solution.resolve("Fabrikam"), files.packageDirectory());
        assertEquals(solution.resolve("ContosoWeb/bin/Web.config"), files.webConfig());
        assertEquals(List.of(), log);
    }

    @Test
    void mavensLayoutIsTakenWhenItIsThere() throws IOException {
        visualStudioSolution();
        write("src/main/sharepoint/AppManifest.xml", MANIFEST);
        write("src/main/webapp/web.config", WEB_CONFIG);

        AddinFiles files = complete(nothingConfigured());

        assertEquals(List.of(), problems());
        assertEquals(solution.resolve("src/main/sharepoint/AppManifest.xml"), files.appManifest());
        assertEquals(solution.resolve("src/main/sharepoint"), files.packageDirectory());
        assertEquals(solution.resolve("src/main/webapp/Web.config"), files.webConfig());
        assertEquals(List.of(), log);
    }

    @Test
    void noWebConfigLeavesMavensPathForTheMissingFileProblem() throws IOException {
        write("Contoso/AppManifest.xml", MANIFEST);

        AddinFiles files = complete(nothingConfigured());

        assertEquals(List.of(), problems());
        assertEquals(solution.resolve("src/main/webapp/Web.config"), files.webConfig());
    }
}
