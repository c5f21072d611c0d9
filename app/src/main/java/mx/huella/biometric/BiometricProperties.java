package mx.huella.biometric;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Biometric storage and search settings.
 *
 * @param masterKey base64 of the 256-bit key that wraps every data key ({@code HUELLA_MASTER_KEY}); when
 *     blank the key is read from {@code masterKeyFile}, which is created on first start (development)
 * @param masterKeyFile where the master key is kept when not given directly
 * @param cluster how this node's gallery member joins the others
 * @param previousMasterKeys base64 of earlier master keys ({@code HUELLA_PREVIOUS_MASTER_KEYS}, comma-separated):
 *     records they wrapped are re-wrapped under the current key on start (key rotation), then they can go
 */
@ConfigurationProperties("huella.biometric")
record BiometricProperties(
        String masterKey,
        Path masterKeyFile,
        @DefaultValue Cluster cluster,
        @DefaultValue List<String> previousMasterKeys) {

    /**
     * @param name members join only a cluster of the same name
     * @param bindAddress the address the member listens on (loopback by default: a single node)
     * @param port the first port tried
     * @param members other members ({@code host[:port]}), comma-separated; empty for a single node
     * @param expectedFingersPerPosition sizes each member's index (grow it for large galleries)
     * @param failureDetectionSeconds after how long without a heartbeat a member is declared gone
     */
    record Cluster(
            @DefaultValue("huella") String name,
            @DefaultValue("127.0.0.1") String bindAddress,
            @DefaultValue("5701") int port,
            @DefaultValue List<String> members,
            @DefaultValue("10000") int expectedFingersPerPosition,
            @DefaultValue("15") int failureDetectionSeconds) {}
}
