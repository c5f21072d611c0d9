package mx.huella.engine.search.cluster;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A gallery cluster member in a process of its own, for the multi-process tests: {@code NAME PORT
 * MEMBER...}. Prints {@code READY} once joined and leaves the cluster when its standard input closes.
 */
public final class ClusterMemberProcess {
    private ClusterMemberProcess() {}

    public static void main(String[] args) throws IOException {
        var settings = new ClusterSettings(
                args[0],
                "127.0.0.1",
                Integer.parseInt(args[1]),
                List.of(Arrays.copyOfRange(args, 2, args.length)),
                false,
                10_000,
                ClusterProcesses.FAILURE_DETECTION_SECONDS);
        try (GalleryCluster member = GalleryCluster.start(settings)) {
            System.out.println("READY " + member.localMember().getAddress().getPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the test closes our standard input, or kills us.
            }
        }
    }
}
