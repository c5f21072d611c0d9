package mx.huella.engine.search.cluster;

import java.util.List;

/**
 * How a node joins the gallery cluster.
 *
 * @param clusterName members only join a cluster of the same name
 * @param bindAddress the address this member listens on and announces
 * @param port the first port tried; the next ones are tried when it is taken
 * @param members addresses ({@code host} or {@code host:port}) of other members to join over TCP/IP;
 *     empty for a single node
 * @param liteMember a member that holds no data (a client-like node that only searches and writes)
 * @param expectedFingersPerPosition sizes each member's index
 * @param failureDetectionSeconds after how long without a heartbeat a member is declared gone
 */
public record ClusterSettings(
        String clusterName,
        String bindAddress,
        int port,
        List<String> members,
        boolean liteMember,
        int expectedFingersPerPosition,
        int failureDetectionSeconds) {
    public ClusterSettings {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("a cluster needs a name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (failureDetectionSeconds < 2) {
            throw new IllegalArgumentException("failure detection needs at least 2 seconds");
        }
        members = List.copyOf(members);
    }

    /** A single node on loopback: no configuration, no network exposure. */
    public static ClusterSettings singleNode() {
        return new ClusterSettings("huella", "127.0.0.1", 5701, List.of(), false, 100_000, 15);
    }

    /** These settings joining the given members. */
    public ClusterSettings joining(List<String> others) {
        return new ClusterSettings(
                clusterName,
                bindAddress,
                port,
                others,
                liteMember,
                expectedFingersPerPosition,
                failureDetectionSeconds);
    }
}
