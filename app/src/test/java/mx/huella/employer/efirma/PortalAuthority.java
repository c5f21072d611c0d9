package mx.huella.employer.efirma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import mx.huella.RunningPortal;
import mx.huella.demo.DemoCertificateAuthority;

/**
 * The test certificate authority the portal under test trusts: its certificate and CRL are written
 * where {@link RunningPortal} points the portal, and a revocation rewrites the CRL in place.
 */
public final class PortalAuthority {
    private static DemoCertificateAuthority authority;
    private static final List<X509Certificate> REVOKED = new ArrayList<>();

    private PortalAuthority() {}

    public static synchronized DemoCertificateAuthority authority() {
        if (authority == null) {
            authority = new DemoCertificateAuthority("AC de pruebas del portal");
            write("ac.cer", authority.authorityDer());
            write("ac.crl", authority.crl());
        }
        return authority;
    }

    public static synchronized void revoke(X509Certificate certificate) {
        REVOKED.add(certificate);
        write("ac.crl", authority().crl(REVOKED.toArray(X509Certificate[]::new)));
    }

    private static void write(String name, byte[] content) {
        try {
            Path directory =
                    Files.createDirectories(RunningPortal.dataDirectory().resolve("efirma"));
            Path temporary = Files.createTempFile(directory, name, ".tmp");
            Files.write(temporary, content);
            Files.move(
                    temporary,
                    directory.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
