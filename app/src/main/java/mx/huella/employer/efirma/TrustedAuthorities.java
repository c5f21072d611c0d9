package mx.huella.employer.efirma;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificate authorities whose e.firmas are accepted, and their revocation lists, read from
 * files (SAT publishes both). Revocation lists are read again when their files change, so a new CRL
 * dropped in place applies without a restart.
 */
public final class TrustedAuthorities {
    private final List<Path> configuredAuthorities;
    private final List<Path> configuredCrls;
    private final Path directory;
    private volatile Loaded loaded;

    private record Loaded(
            Set<TrustAnchor> anchors, List<X509Certificate> authorities, List<X509CRL> crls, long stamp) {}

    public TrustedAuthorities(List<Path> authorityFiles, List<Path> crlFiles) {
        this(authorityFiles, crlFiles, null);
    }

    /**
     * @param directory besides the files named, every {@code *.cer}/{@code *.crt}/{@code *.pem} in
     *     {@code directory/authorities} and every {@code *.crl} in {@code directory/crls}, read again
     *     when they change (null for none)
     */
    public TrustedAuthorities(List<Path> authorityFiles, List<Path> crlFiles, Path directory) {
        this.configuredAuthorities = List.copyOf(authorityFiles);
        this.configuredCrls = List.copyOf(crlFiles);
        this.directory = directory;
    }

    private List<Path> authorityFiles() {
        return withDirectory(configuredAuthorities, "authorities", ".cer", ".crt", ".pem");
    }

    private List<Path> crlFiles() {
        return withDirectory(configuredCrls, "crls", ".crl");
    }

    private List<Path> withDirectory(List<Path> configured, String folder, String... suffixes) {
        if (directory == null || !Files.isDirectory(directory.resolve(folder))) {
            return configured;
        }
        List<Path> all = new ArrayList<>(configured);
        try (var listing = Files.list(directory.resolve(folder))) {
            listing.filter(p -> java.util.Arrays.stream(suffixes)
                            .anyMatch(x -> p.getFileName().toString().endsWith(x)))
                    .sorted()
                    .forEach(all::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory.resolve(folder), e);
        }
        return all;
    }

    /** Checks the chain to a configured authority, then that the certificate is on no current CRL of its issuer. */
    void check(X509Certificate certificate, Instant now) {
        Loaded current = current();
        if (current.anchors().isEmpty()) {
            throw new EfirmaException(EfirmaRefusal.UNKNOWN_AUTHORITY, "no certificate authority is configured");
        }
        try {
            PKIXParameters parameters = new PKIXParameters(current.anchors());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX")
                    .validate(
                            CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
        } catch (GeneralSecurityException e) {
            throw new EfirmaException(
                    EfirmaRefusal.UNKNOWN_AUTHORITY, "no chain to a trusted authority: " + e.getMessage());
        }
        X509Certificate issuer = current.authorities().stream()
                .filter(a -> a.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst()
                .orElseThrow(() -> new EfirmaException(EfirmaRefusal.UNKNOWN_AUTHORITY, "issuer not configured"));
        boolean checked = false;
        for (X509CRL crl : current.crls()) {
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) || !signedBy(crl, issuer)) {
                continue;
            }
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                continue;
            }
            checked = true;
            if (crl.isRevoked(certificate)) {
                throw new EfirmaException(EfirmaRefusal.REVOKED, "the certificate is on its issuer's CRL");
            }
        }
        if (!checked) {
            throw new EfirmaException(
                    EfirmaRefusal.REVOCATION_UNKNOWN, "no current CRL of " + issuer.getSubjectX500Principal());
        }
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Loaded current() {
        long stamp = stamp();
        Loaded now = loaded;
        if (now == null || now.stamp() != stamp) {
            synchronized (this) {
                now = loaded;
                if (now == null || now.stamp() != stamp) {
                    now = load(stamp);
                    loaded = now;
                }
            }
        }
        return now;
    }

    private long stamp() {
        long stamp = 17;
        for (Path file : concat()) {
            try {
                stamp = stamp * 31 + Files.getLastModifiedTime(file).toMillis() + Files.size(file);
            } catch (IOException e) {
                stamp = stamp * 31 - 1;
            }
        }
        return stamp;
    }

    private List<Path> concat() {
        List<Path> all = new ArrayList<>(authorityFiles());
        all.addAll(crlFiles());
        return all;
    }

    private Loaded load(long stamp) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> authorities = new ArrayList<>();
            for (Path file : authorityFiles()) {
                if (!Files.exists(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (var certificate : factory.generateCertificates(in)) {
                        authorities.add((X509Certificate) certificate);
                    }
                }
            }
            List<X509CRL> crls = new ArrayList<>();
            for (Path file : crlFiles()) {
                if (!Files.exists(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    Collection<? extends CRL> read = factory.generateCRLs(in);
                    read.forEach(crl -> crls.add((X509CRL) crl));
                }
            }
            Set<TrustAnchor> anchors = new HashSet<>();
            authorities.forEach(a -> anchors.add(new TrustAnchor(a, null)));
            return new Loaded(anchors, authorities, crls, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the e.firma authorities or CRLs", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable e.firma authority or CRL: " + e.getMessage(), e);
        }
    }
}
