package mx.huella.employer.efirma;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EfirmaConfiguration {
    /**
     * {@code huella.efirma.trusted-authorities} and {@code huella.efirma.crls}: comma-separated files
     * (DER or PEM) of the certificate authorities whose e.firmas are accepted and of their CRLs; and
     * every {@code *.cer} in {@code <data-dir>/efirma/authorities} and {@code *.crl} in
     * {@code <data-dir>/efirma/crls}: a CRL dropped there applies at once.
     */
    @Bean
    EfirmaVerifier efirmaVerifier(
            @Value("${huella.efirma.trusted-authorities:}") String authorities,
            @Value("${huella.efirma.crls:}") String crls,
            @Value("${huella.data-dir}") Path dataDir) {
        return new EfirmaVerifier(new TrustedAuthorities(paths(authorities), paths(crls), dataDir.resolve("efirma")));
    }

    private static List<Path> paths(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Path::of)
                .toList();
    }
}
