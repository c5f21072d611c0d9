package mx.huella.employer.efirma;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * What the portal reads from a SAT e.firma certificate: the holder's RFC (OID 2.5.4.45, the text
 * before the first "/" for a company, whose value is {@code "<RFC empresa> / <RFC representante>"}),
 * the representative's RFC when present, the certificate number (20 digits stored as ASCII bytes in
 * the serial), and whether it is a FIEL (no OU) rather than a CSD.
 */
public record EfirmaCertificate(
        X509Certificate certificate, String rfc, Optional<String> representativeRfc, String number, String holderName) {
    static final String RFC_OID = "2.5.4.45";

    /** Parses a DER (SAT's .cer) or PEM certificate. */
    public static EfirmaCertificate parse(byte[] encoded) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
        } catch (CertificateException | ClassCastException | IllegalArgumentException e) {
            throw new EfirmaException(EfirmaRefusal.UNREADABLE_CERTIFICATE, "not an X.509 certificate");
        }
        if (certificate == null) {
            throw new EfirmaException(EfirmaRefusal.UNREADABLE_CERTIFICATE, "not an X.509 certificate");
        }
        LdapName subject = subject(certificate);
        String uniqueIdentifier = attribute(subject, "OID." + RFC_OID)
                .or(() -> attribute(subject, RFC_OID))
                .orElseThrow(() ->
                        new EfirmaException(EfirmaRefusal.NOT_AN_EFIRMA, "the certificate carries no RFC (2.5.4.45)"));
        String[] parts = uniqueIdentifier.split("/");
        String rfc = parts[0].strip();
        Optional<String> representative =
                parts.length > 1 && !parts[1].isBlank() ? Optional.of(parts[1].strip()) : Optional.empty();
        if (rfc.isEmpty()) {
            throw new EfirmaException(EfirmaRefusal.NOT_AN_EFIRMA, "the certificate's RFC is empty");
        }
        String name = attribute(subject, "CN").orElse(rfc);
        return new EfirmaCertificate(certificate, rfc, representative, number(certificate.getSerialNumber()), name);
    }

    /** Whether the certificate is a CSD (sello digital): SAT puts an OU in those and none in a FIEL. */
    boolean isSealCertificate() {
        return attribute(subject(certificate), "OU").isPresent();
    }

    private static String number(BigInteger serial) {
        byte[] bytes = serial.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        String ascii = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        // SAT's certificate number: 20 digits as ASCII. Anything else is shown in hex.
        return ascii.chars().allMatch(Character::isDigit) && !ascii.isEmpty() ? ascii : serial.toString(16);
    }

    private static LdapName subject(X509Certificate certificate) {
        try {
            return new LdapName(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
        } catch (InvalidNameException e) {
            throw new EfirmaException(EfirmaRefusal.UNREADABLE_CERTIFICATE, "unreadable subject");
        }
    }

    private static Optional<String> attribute(LdapName name, String type) {
        for (Rdn rdn : name.getRdns()) {
            if (rdn.getType().equalsIgnoreCase(type)) {
                Object value = rdn.getValue();
                String text = value instanceof byte[] bytes ? decodeDer(bytes) : String.valueOf(value);
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }

    /** RFC 2253 writes unknown attribute types as #hex of their DER value: a string type and its text. */
    private static String decodeDer(byte[] der) {
        if (der.length < 2) {
            return "";
        }
        int length = der[1] & 0xff;
        int offset = 2;
        if ((length & 0x80) != 0) {
            int count = length & 0x7f;
            length = 0;
            for (int i = 0; i < count && offset < der.length; i++) {
                length = (length << 8) | (der[offset++] & 0xff);
            }
        }
        length = Math.min(length, der.length - offset);
        return new String(der, offset, Math.max(0, length), StandardCharsets.UTF_8);
    }
}
