package dev.addinreg.bench;

import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes add-in projects of a given size for the benchmarks, as Visual Studio lays them out: a
 * {@code Web.config} of about N KB (UTF-8 with a byte-order mark, CRLF, {@code ClientId} and
 * {@code ClientSecret} in appSettings and the bulk in other sections), an {@code AppManifest.xml}
 * with {@code ~remoteAppUrl} and {@code ClientId="*"}, and M {@code Elements.xml} in nested folders,
 * every tenth holding {@code ~remoteAppUrl}.
 *
 * <p>Each project is written twice, with the same files: {@code addin/} for the plugin's
 * {@code addin:inject}, and {@code filtering/} for maven-resources-plugin's {@code copy-resources}
 * with filtering, where {@code ${addin.remoteAppUrl}}, {@code ${addin.clientId}} and
 * {@code ${addin.clientSecret}} stand where the tokens and the values are.
 *
 * <p>Usage: {@code ProjectGenerator <folder> <elements M> <web.config KB> [plugin version]}.
 */
public final class ProjectGenerator {
    public static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    public static final String DOMAIN = "contoso-orders.azurewebsites.net";
    /** A test-only secret for the benchmark projects (base64 of "BENCH-addinreg-bench-secret-0001"). */
    public static final String SECRET = "QkVOQ0gtYWRkaW5yZWctYmVuY2gtc2VjcmV0LTAwMDE=";
    private static final String CRLF = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Which form the tokens take: the plugin's ({@code ~remoteAppUrl}, {@code ClientId="*"}) or placeholders. */
    public enum Variant {
        ADDIN("~remoteAppUrl", "*", "", ""),
        FILTERING("${addin.remoteAppUrl}", "${addin.clientId}", "${addin.clientId}", "${addin.clientSecret}");

        final String remoteAppUrl;
        final String manifestClientId;
        final String webClientId;
        final String webSecret;

        Variant(String remoteAppUrl, String manifestClientId, String webClientId, String webSecret) {
            this.remoteAppUrl = remoteAppUrl;
            this.manifestClientId = manifestClientId;
            this.webClientId = webClientId;
            this.webSecret = webSecret;
        }
    }

    private ProjectGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ProjectGenerator <folder> <elements M> <web.config KB> [plugin version]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int elements = Integer.parseInt(args[1]);
        int webConfigKb = Integer.parseInt(args[2]);
        String version = args.length > 3 ? args[3] : "0.1.0-SNAPSHOT";
        for (Variant variant : Variant.values()) {
            Path project = folder.resolve(variant == Variant.ADDIN ? "addin" : "filtering");
            writeTree(project, variant, elements, webConfigKb * 1024L);
            Files.writeString(project.resolve("pom.xml"), variant == Variant.ADDIN ? addinPom(version) : filteringPom());
        }
        System.out.println("generated " + folder + ": Web.config of " + webConfigKb + " KB, AppManifest.xml, " + elements
                + " Elements.xml (" + tokenFiles(elements) + " with ~remoteAppUrl)");
    }

    /** How many of {@code elements} files hold the token: every tenth. */
    public static int tokenFiles(int elements) {
        return (elements + 9) / 10;
    }

    /** Writes the add-in's files below {@code project/src/main}. */
    public static void writeTree(Path project, Variant variant, int elements, long webConfigBytes) throws IOException {
        Path webapp = project.resolve("src/main/webapp");
        Path sharepoint = project.resolve("src/main/sharepoint");
        Files.createDirectories(webapp);
        Files.createDirectories(sharepoint);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(webapp.resolve("Web.config")), 1 << 16)) {
            writeWebConfig(out, variant, webConfigBytes);
        }
        Files.write(sharepoint.resolve("AppManifest.xml"), appManifest(variant));
        for (int i = 0; i < elements; i++) {
            // nested as a feature folder holds its parts: Feature007/Part00712/Elements.xml
            Path file = sharepoint.resolve(String.format("Feature%03d/Part%05d/Elements.xml", i / 100, i));
            Files.createDirectories(file.getParent());
            Files.write(file, elementsXml(variant, i, i % 10 == 0));
        }
    }

    /** A Visual Studio Web.config of about {@code size} bytes: appSettings first, then the bulk. */
    public static byte[] webConfig(Variant variant, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, size + 4096));
        writeWebConfig(out, variant, size);
        return out.toByteArray();
    }

    /** Writes a Visual Studio Web.config of about {@code size} bytes to {@code out}. */
    public static void writeWebConfig(OutputStream out, Variant variant, long size) {
        StringBuilder head = new StringBuilder();
        line(head, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        line(head, "<!--");
        line(head, "  For more information on how to configure your ASP.NET application, please visit");
        line(head, "  http://go.microsoft.com/fwlink/?LinkId=169433 (Contoso Ltd. \u00a9 2024, r\u00e9sum\u00e9 pages)");
        line(head, "  -->");
        line(head, "<configuration>");
        line(head, "  <configSections>");
        line(head, "    <section name=\"entityFramework\" type=\"System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection\" requirePermission=\"false\" />");
        line(head, "  </configSections>");
        line(head, "  <appSettings>");
        line(head, "    <add key=\"webpages:Version\" value=\"3.0.0.0\" />");
        line(head, "    <add key=\"webpages:Enabled\" value=\"false\" />");
        line(head, "    <add key=\"ClientValidationEnabled\" value=\"true\" />");
        line(head, "    <add key=\"UnobtrusiveJavaScriptEnabled\" value=\"true\" />");
        line(head, "    <add key=\"ClientId\" value=\"" + variant.webClientId + "\" />");
        line(head, "    <add key=\"ClientSecret\" value=\"" + variant.webSecret + "\" />");
        line(head, "  </appSettings>");
        line(head, "  <system.web>");
        line(head, "    <compilation debug=\"true\" targetFramework=\"4.5\" />");
        line(head, "    <httpRuntime targetFramework=\"4.5\" maxRequestLength=\"1048576\" />");
        line(head, "  </system.web>");
        StringBuilder tail = new StringBuilder();
        line(tail, "  <system.serviceModel>");
        line(tail, "    <bindings>");
        line(tail, "      <basicHttpBinding>");
        line(tail, "        <!--Used by app for SharePoint-->");
        line(tail, "        <binding name=\"secureBinding\">");
        line(tail, "          <security mode=\"Transport\" />");
        line(tail, "        </binding>");
        line(tail, "      </basicHttpBinding>");
        line(tail, "    </bindings>");
        line(tail, "  </system.serviceModel>");
        line(tail, "</configuration>");
        write(out, BOM);
        write(out, head.toString().getBytes(StandardCharsets.UTF_8));
        // the same bulk for both variants: the placeholders' length is not counted against the size
        long placeholders = variant.webClientId.length() + variant.webSecret.length();
        long room = size - BOM.length - (head.length() - placeholders) - tail.length();
        // the bulk: connection strings and rewrite rules, as a large site's Web.config holds them
        StringBuilder bulk = new StringBuilder();
        line(bulk, "  <connectionStrings>");
        for (int i = 0; i < 8; i++) {
            line(bulk, "    <add name=\"Orders" + i + "\" connectionString=\"Data Source=(LocalDb)\\MSSQLLocalDB;Initial Catalog=Orders"
                    + i + ";Integrated Security=True\" providerName=\"System.Data.SqlClient\" />");
        }
        line(bulk, "  </connectionStrings>");
        line(bulk, "  <system.webServer>");
        line(bulk, "    <rewrite>");
        line(bulk, "      <rules>");
        write(out, bulk.toString().getBytes(StandardCharsets.UTF_8));
        room -= bulk.length() + 60;
        int rule = 0;
        StringBuilder one = new StringBuilder();
        while (room > 0) {
            one.setLength(0);
            line(one, "        <rule name=\"Legacy orders " + rule + "\" stopProcessing=\"true\">");
            line(one, "          <match url=\"^legacy/orders/" + rule + "/(.*)$\" ignoreCase=\"true\" />");
            line(one, "          <action type=\"Redirect\" url=\"https://" + DOMAIN + "/orders/" + rule
                    + "/{R:1}\" redirectType=\"Permanent\" />");
            line(one, "        </rule>");
            byte[] bytes = one.toString().getBytes(StandardCharsets.UTF_8);
            write(out, bytes);
            room -= bytes.length;
            rule++;
        }
        StringBuilder close = new StringBuilder();
        line(close, "      </rules>");
        line(close, "    </rewrite>");
        line(close, "  </system.webServer>");
        write(out, close.toString().getBytes(StandardCharsets.UTF_8));
        write(out, tail.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The add-in manifest: {@code ~remoteAppUrl} in the start page and an event endpoint, {@code ClientId="*"}. */
    public static byte[] appManifest(Variant variant) {
        StringBuilder text = new StringBuilder();
        line(text, "<?xml version=\"1.0\" encoding=\"utf-8\" ?>");
        line(text, "<!--Created:cb85b80c-f585-40ff-8bfc-12ff4d0e34a9-->");
        line(text, "<App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\"");
        line(text, "     Name=\"ContosoOrders\"");
        line(text, "     ProductID=\"{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}\"");
        line(text, "     Version=\"1.0.0.0\"");
        line(text, "     SharePointMinVersion=\"16.0.0.0\"");
        line(text, ">");
        line(text, "  <Properties>");
        line(text, "    <Title>Contoso Orders</Title>");
        line(text, "    <StartPage>" + variant.remoteAppUrl + "/Pages/Default.aspx?{StandardTokens}</StartPage>");
        line(text, "    <InstalledEventEndpoint>" + variant.remoteAppUrl + "/Services/AppEventReceiver.svc</InstalledEventEndpoint>");
        line(text, "  </Properties>");
        line(text, "");
        line(text, "  <AppPrincipal>");
        line(text, "    <RemoteWebApplication ClientId=\"" + variant.manifestClientId + "\" />");
        line(text, "  </AppPrincipal>");
        line(text, "  <AppPermissionRequests>");
        line(text, "    <AppPermissionRequest Scope=\"http://sharepoint/content/sitecollection/web/list\" Right=\"Write\" />");
        line(text, "  </AppPermissionRequests>");
        line(text, "</App>");
        return withBom(text);
    }

    /** An Elements.xml of about 1.3 KB: a client web part with {@code ~remoteAppUrl}, or a custom action on the app web. */
    public static byte[] elementsXml(Variant variant, int index, boolean token) {
        StringBuilder text = new StringBuilder();
        line(text, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        line(text, "<Elements xmlns=\"http://schemas.microsoft.com/sharepoint/\">");
        if (token) {
            line(text, "  <ClientWebPart Name=\"Part" + index + "\" Title=\"Orders part " + index
                    + "\" Description=\"The open orders of this site\" DefaultWidth=\"300\" DefaultHeight=\"200\">");
            line(text, "");
            line(text, "    <!-- Content element identifies the location of the page that will render inside the client web part");
            line(text, "         Properties are referenced on the query string using the pattern _propertyName_");
            line(text, "         Example: Src=\"~appWebUrl/Pages/ClientWebPart1.aspx?Property1=_property1_\" -->");
            line(text, "    <Content Type=\"html\" Src=\"" + variant.remoteAppUrl + "/Pages/Part" + index
                    + ".aspx?{StandardTokens}\" />");
            line(text, "");
            line(text, "    <!-- Define properties in the Properties element.");
            line(text, "         Remember to put Property Name on the Src attribute of the Content element above. -->");
            line(text, "    <Properties>");
            line(text, "      <Property Name=\"pageSize\" Type=\"int\" RequiresDesignerPermission=\"false\" DefaultValue=\"20\""
                    + " WebCategory=\"Orders\" WebDisplayName=\"Page size\" />");
            line(text, "    </Properties>");
            line(text, "");
            line(text, "  </ClientWebPart>");
        } else {
            line(text, "  <CustomAction Id=\"Action" + index + "\" RegistrationType=\"List\" RegistrationId=\"100\""
                    + " Location=\"CommandUI.Ribbon\" Sequence=\"10001\" Title=\"Open order " + index + "\">");
            line(text, "    <CommandUIExtension>");
            line(text, "      <CommandUIDefinitions>");
            line(text, "        <CommandUIDefinition Location=\"Ribbon.ListItem.Actions.Controls._children\">");
            line(text, "          <Button Id=\"Ribbon.ListItem.Actions.Button" + index + "\" Alt=\"Open order\""
                    + " Sequence=\"100\" Command=\"Invoke_Button" + index + "\" LabelText=\"Open order\""
                    + " TemplateAlias=\"o1\" Image32by32=\"_layouts/15/images/placeholder32x32.png\" />");
            line(text, "        </CommandUIDefinition>");
            line(text, "      </CommandUIDefinitions>");
            line(text, "      <CommandUIHandlers>");
            line(text, "        <CommandUIHandler Command=\"Invoke_Button" + index + "\""
                    + " CommandAction=\"~appWebUrl/Pages/Order.aspx?{StandardTokens}&amp;SPListItemId={SelectedItemId}&amp;SPListId={SelectedListId}\"/>");
            line(text, "      </CommandUIHandlers>");
            line(text, "    </CommandUIExtension>");
            line(text, "  </CustomAction>");
        }
        line(text, "</Elements>");
        return withBom(text);
    }

    private static String addinPom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated by dev.addinreg.bench.ProjectGenerator: the plugin's side of the benchmark -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.addinreg.bench</groupId>
                  <artifactId>bench-addin</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.addinreg</groupId>
                        <artifactId>addin-registration-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <clientId>%s</clientId>
                          <appDomain>%s</appDomain>
                          <title>Contoso Orders</title>
                          <clientSecretExpires>2030-06-30</clientSecretExpires>
                          <outputDirectory>${project.build.directory}/addin</outputDirectory>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, CLIENT_ID, DOMAIN);
    }

    private static String filteringPom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- generated by dev.addinreg.bench.ProjectGenerator: maven-resources-plugin filtering of the same files -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.addinreg.bench</groupId>
                  <artifactId>bench-filtering</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <addin.clientId>%s</addin.clientId>
                    <addin.remoteAppUrl>https://%s</addin.remoteAppUrl>
                    <addin.clientSecret>${env.ADDIN_CLIENT_SECRET}</addin.clientSecret>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                        <configuration>
                          <outputDirectory>${project.build.directory}/addin</outputDirectory>
                          <resources>
                            <resource>
                              <directory>src/main/webapp</directory>
                              <includes><include>Web.config</include></includes>
                              <targetPath>web</targetPath>
                              <filtering>true</filtering>
                            </resource>
                            <resource>
                              <directory>src/main/sharepoint</directory>
                              <targetPath>package</targetPath>
                              <filtering>true</filtering>
                            </resource>
                          </resources>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(CLIENT_ID, DOMAIN);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(CRLF);
    }

    private static byte[] withBom(StringBuilder text) {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
