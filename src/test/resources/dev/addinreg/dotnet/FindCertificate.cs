// How a high-trust add-in's TokenHelper finds its certificate when web.config gives ClientSigningCertificateSerialNumber:
// X509Certificate2Collection.Find(X509FindType.FindBySerialNumber, serial, false) over the store's certificates. The
// test passes one certificate (.cer) and the serial web.config holds; this prints how many certificates match.
using System;
using System.Security.Cryptography.X509Certificates;

class FindCertificate {
    static int Main(string[] args) {
        var certificates = new X509Certificate2Collection(new X509Certificate2(args[0]));
        Console.WriteLine(certificates.Find(X509FindType.FindBySerialNumber, args[1], false).Count);
        return 0;
    }
}
