package mx.huella.biometric;

import java.nio.file.Path;
import java.util.List;
import mx.huella.engine.search.cluster.ClusterSettings;
import mx.huella.engine.search.cluster.GalleryCluster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiometricProperties.class)
@org.springframework.scheduling.annotation.EnableScheduling
class BiometricConfiguration {

    @Bean
    TemplateCipher templateCipher(BiometricProperties properties, @Value("${huella.data-dir}") Path dataDir) {
        BiometricProperties withDefaults = properties.masterKeyFile() != null
                ? properties
                : new BiometricProperties(
                        properties.masterKey(),
                        dataDir.resolve("keys").resolve("master.key"),
                        properties.cluster(),
                        properties.previousMasterKeys());
        List<MasterKey> previous = properties.previousMasterKeys().stream()
                .filter(key -> !key.isBlank())
                .map(key -> {
                    try {
                        return new MasterKey(java.util.Base64.getDecoder().decode(key.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(
                                "huella.biometric.previous-master-keys holds a key that is not base64 of 32 bytes");
                    }
                })
                .toList();
        return new TemplateCipher(MasterKey.load(withDefaults), previous);
    }

    @Bean(destroyMethod = "close")
    GalleryCluster galleryCluster(BiometricProperties properties) {
        BiometricProperties.Cluster cluster = properties.cluster();
        return GalleryCluster.start(new ClusterSettings(
                cluster.name(),
                cluster.bindAddress(),
                cluster.port(),
                cluster.members(),
                false,
                cluster.expectedFingersPerPosition(),
                cluster.failureDetectionSeconds()));
    }
}
