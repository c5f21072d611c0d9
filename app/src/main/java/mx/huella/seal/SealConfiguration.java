package mx.huella.seal;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SealConfiguration {
    /**
     * {@code huella.seal.key-store} ({@code HUELLA_SEAL_KEY_STORE}) and its password
     * ({@code HUELLA_SEAL_KEY_STORE_PASSWORD}); by default a development key in the data directory.
     */
    @Bean
    PlatformSeal platformSeal(
            @Value("${huella.seal.key-store:}") String keyStore,
            @Value("${huella.seal.key-store-password:}") String password,
            @Value("${huella.data-dir}") Path dataDir,
            Clock clock) {
        Path store = keyStore.isBlank() ? dataDir.resolve("keys").resolve("seal.p12") : Path.of(keyStore);
        return SealKeyStore.load(store, password, clock);
    }

    @Bean
    PdfSignatures pdfSignatures(PlatformSeal seal) {
        return new PdfSignatures(seal);
    }
}
