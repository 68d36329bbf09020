// .NET's own reading of an application's appSettings, the way a SharePoint add-in's TokenHelper reads them:
// ConfigurationManager.AppSettings[key], which applies configSource, file=, add, remove and clear, and matches keys
// without regard to case. The test lays a web.config beside this program as ReadAppSettings.exe.config, with the
// files it names, and passes the keys to print. A secret is printed as a fingerprint only (sha256: and the first
// 8 hex digits of its UTF-8 bytes), with what Convert.FromBase64String, as TokenHelper calls it, makes of it.
using System;
using System.Configuration;
using System.Security.Cryptography;
using System.Text;

class ReadAppSettings {
    static readonly string[] Secrets = { "ClientSecret", "SecondaryClientSecret", "ClientSigningCertificatePassword" };

    static int Main(string[] keys) {
        var settings = ConfigurationManager.AppSettings;
        foreach (var key in keys) {
            string value = settings[key];
            if (value == null) {
                Console.WriteLine(key + " absent");
            } else if (Array.Exists(Secrets, secret => string.Equals(secret, key, StringComparison.OrdinalIgnoreCase))) {
                Console.WriteLine(key + " " + Fingerprint(value) + " " + Base64(value));
            } else {
                Console.WriteLine(key + " = " + value);
            }
        }
        return 0;
    }

    static string Fingerprint(string value) {
        using (var sha = SHA256.Create()) {
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
            return "sha256:" + BitConverter.ToString(hash, 0, 4).Replace("-", "").ToLowerInvariant();
        }
    }

    static string Base64(string value) {
        try {
            return "base64(" + Convert.FromBase64String(value).Length + " bytes)";
        } catch (FormatException) {
            return "not-base64";
        }
    }
}
