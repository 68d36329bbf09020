package dev.addinreg.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Real signing certificates for the tests, made as they run: self-signed RSA certificates with any dates and serial
 * number, written as a password-protected {@code .pfx} and as a {@code .cer} in DER and in PEM. Public, so that the
 * ITs' scripts make theirs with it too.
 */
public final class TestCertificates {
    /** The canary password: no log or report may ever hold it. Tests use it for every {@code .pfx}. */
    public static final String CANARY_PASSWORD = "CANARY-Qz9Kx2Lm-pfx-7Hw3";

    private static final KeyPair KEYS = keys();

    private TestCertificates() {
    }

    /** A certificate's files. */
    public record CertificateFiles(Path pfx, Path derCer, Path pemCer, X509Certificate certificate) {
        /** The serial number as Windows shows it: the bytes of its encoding, uppercase hex. */
        public String serialNumber() {
            return java.util.HexFormat.of().withUpperCase().formatHex(certificate.getSerialNumber().toByteArray());
        }
    }

    /**
     * Writes {@code name.pfx} (opened by {@code password}), {@code name.cer} (DER) and {@code name.pem.cer} (PEM) into
     * {@code folder}.
     */
    public static CertificateFiles write(Path folder, String name, Instant notBefore, Instant notAfter, BigInteger serial, String password)
            throws IOException, GeneralSecurityException {
        X509Certificate certificate = certificate(notBefore, notAfter, serial);
        Files.createDirectories(folder);
        Path pfx = folder.resolve(name + ".pfx");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("addin", KEYS.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(pfx)) {
            store.store(out, password.toCharArray());
        }
        Path der = Files.write(folder.resolve(name + ".cer"), certificate.getEncoded());
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        }
        Path pemFile = Files.writeString(folder.resolve(name + ".pem.cer"), pem.toString(), StandardCharsets.US_ASCII);
        return new CertificateFiles(pfx, der, pemFile, certificate);
    }

    /** A certificate valid from {@code notBefore} to {@code notAfter}, with the canary password, and serial 0x6B1F3C0A2E9D4F5B. */
    public static CertificateFiles write(Path folder, String name, Instant notBefore, Instant notAfter)
            throws IOException, GeneralSecurityException {
        return write(folder, name, notBefore, notAfter, new BigInteger("6B1F3C0A2E9D4F5B", 16), CANARY_PASSWORD);
    }

    private static X509Certificate certificate(Instant notBefore, Instant notAfter, BigInteger serial) throws GeneralSecurityException {
        X500Name subject = new X500Name("O=Contoso,CN=addin.contoso.com");
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject, serial,
                    Date.from(notBefore), Date.from(notAfter), subject, KEYS.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(KEYS.getPrivate())));
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
