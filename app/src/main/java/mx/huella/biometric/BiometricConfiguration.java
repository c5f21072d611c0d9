package mx.huella.biometric;

import java.nio.file.Path;
import mx.huella.engine.search.cluster.ClusterSettings;
import mx.huella.engine.search.cluster.GalleryCluster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BiometricProperties.class)
class BiometricConfiguration {

    @Bean
    TemplateCipher templateCipher(BiometricProperties properties, @Value("${huella.data-dir}") Path dataDir) {
        BiometricProperties withDefaults = properties.masterKeyFile() != null
                ? properties
                : new BiometricProperties(
                        properties.masterKey(), dataDir.resolve("keys").resolve("master.key"), properties.cluster());
        return new TemplateCipher(MasterKey.load(withDefaults));
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
