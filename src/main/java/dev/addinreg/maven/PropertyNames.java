package dev.addinreg.maven;

/** Every user property the plugin reads, in one place. Each parameter {@code name} is {@code addin.name}. */
final class PropertyNames {
    static final String CLIENT_ID = "addin.clientId";
    static final String APP_DOMAIN = "addin.appDomain";
    static final String REDIRECT_URI = "addin.redirectUri";
    static final String TITLE = "addin.title";
    static final String ADDIN_VERSION = "addin.addinVersion";
    static final String BUILD_NUMBER = "addin.buildNumber";
    static final String SERVER_ID = "addin.serverId";
    static final String SECONDARY_SERVER_ID = "addin.secondaryServerId";
    static final String CLIENT_SECRET_ENV = "addin.clientSecretEnv";
    static final String SECONDARY_CLIENT_SECRET_ENV = "addin.secondaryClientSecretEnv";
    static final String CLIENT_SECRET_EXPIRES = "addin.clientSecretExpires";
    static final String SECONDARY_CLIENT_SECRET_EXPIRES = "addin.secondaryClientSecretExpires";
    static final String EXPIRY_WARNING_DAYS = "addin.expiryWarningDays";
    static final String CLIENT_SECRET_STARTS = "addin.clientSecretStarts";
    static final String SECONDARY_CLIENT_SECRET_STARTS = "addin.secondaryClientSecretStarts";
    static final String NEW_SECRET_DELAY_HOURS = "addin.newSecretDelayHours";
    static final String ISSUER_ID = "addin.issuerId";
    static final String SIGNING_CERTIFICATE = "addin.signingCertificate";
    static final String SIGNING_CERTIFICATE_PATH = "addin.signingCertificatePath";
    static final String SIGNING_CERTIFICATE_SERVER_ID = "addin.signingCertificateServerId";
    static final String SIGNING_CERTIFICATE_PASSWORD_ENV = "addin.signingCertificatePasswordEnv";
    static final String STRICT = "addin.strict";
    static final String SKIP = "addin.skip";
    static final String SKIP_VALIDATE = "addin.skipValidate";
    static final String SKIP_INJECT = "addin.skipInject";
    static final String SKIP_VERIFY = "addin.skipVerify";
    static final String FAIL_WITHIN_DAYS = "addin.failWithinDays";
    static final String REGISTRATION_FILE = "addin.registrationFile";
    static final String VALIDITY_YEARS = "addin.validityYears";
    static final String WEB_CONFIG = "addin.webConfig";
    static final String APP_MANIFEST = "addin.appManifest";
    static final String PACKAGE_DIRECTORY = "addin.packageDirectory";
    static final String PACKAGE_INCLUDES = "addin.packageIncludes";
    static final String PACKAGE_EXCLUDES = "addin.packageExcludes";
    static final String OUTPUT_DIRECTORY = "addin.outputDirectory";
    static final String IN_PLACE = "addin.inPlace";
    static final String SKIP_WEB_CONFIG = "addin.skipWebConfig";
    static final String APP_PACKAGE = "addin.appPackage";
    static final String REGISTRATION_REPORT = "addin.registrationReport";
    static final String PAGE_NAME = "addin.pageName";

    /** Read from the session at run time, never a parameter: Maven prints parameters at -X. */
    static final String CLIENT_SECRET = "addin.clientSecret";
    /** Read from the session at run time, never a parameter. */
    static final String SECONDARY_CLIENT_SECRET = "addin.secondaryClientSecret";
    /** Read from the session at run time, never a parameter. */
    static final String SIGNING_CERTIFICATE_PASSWORD = "addin.signingCertificatePassword";

    private PropertyNames() {
    }

    /** How messages name a parameter: its name and the property that sets it. */
    static String origin(String parameter, String property) {
        return "<" + parameter + "> (-D" + property + ")";
    }
}
