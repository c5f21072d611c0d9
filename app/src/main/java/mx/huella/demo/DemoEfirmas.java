package mx.huella.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The demo's e.firmas: a demonstration certificate authority that this installation trusts (its
 * certificate and a current CRL in {@code <data-dir>/efirma/}), and for each demo employer a
 * {@code .cer} and a SAT-style {@code .key} in {@code <data-dir>/demo/efirma/}, with SAT's test
 * password, so that the employer portal can be tried at once.
 */
final class DemoEfirmas {
    static final String PASSWORD = "12345678a";
    private final Path dataDir;

    DemoEfirmas(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Creates what is missing and renews the CRL; returns the folder with the employers' files. */
    Path ensure(List<DemoEmployers.DemoEmployer> employers) {
        try {
            Path own = Files.createDirectories(dataDir.resolve("demo/efirma"));
            Path authorityCertificate = dataDir.resolve("efirma/authorities/demo-ac.cer");
            Path authorityKey = own.resolve("demo-ac.pk8");
            DemoCertificateAuthority authority;
            if (Files.exists(authorityCertificate) && Files.exists(authorityKey)) {
                authority = DemoCertificateAuthority.restore(
                        Files.readAllBytes(authorityCertificate), Files.readAllBytes(authorityKey));
            } else {
                authority = new DemoCertificateAuthority("AC de demostración Huella");
                write(authorityKey, authority.authorityKey());
                write(authorityCertificate, authority.authorityDer());
            }
            write(dataDir.resolve("efirma/crls/demo-ac.crl"), authority.crl());
            for (DemoEmployers.DemoEmployer employer : employers) {
                Path cer = own.resolve(employer.rfc().value() + ".cer");
                if (Files.exists(cer)) {
                    continue;
                }
                DemoCertificateAuthority.Issued efirma = authority.efirma(
                        employer.rfc().value(), employer.legalName().toUpperCase(java.util.Locale.ROOT), PASSWORD);
                write(own.resolve(employer.rfc().value() + ".key"), efirma.key());
                write(cer, efirma.cer());
            }
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo e.firmas", e);
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "demo", ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
