package mx.huella.engine.search.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Starts and stops {@link ClusterMemberProcess} JVMs on loopback ports. */
final class ClusterProcesses implements AutoCloseable {
    static final int FAILURE_DETECTION_SECONDS = 4;

    private final String clusterName = "huella-test-" + ProcessHandle.current().pid();
    private final List<Process> processes = new ArrayList<>();

    String clusterName() {
        return clusterName;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a member on {@code port} that joins {@code members}; returns once it says it is ready. */
    Process start(int port, List<String> members, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ClusterMemberProcess.class.getName(),
                clusterName,
                Integer.toString(port)));
        command.addAll(members);
        Process process =
                new ProcessBuilder(command).redirectError(log.toFile()).start();
        processes.add(process);
        var ready = CompletableFuture.supplyAsync(() -> {
            try {
                var reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("READY")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (ready.get(90, TimeUnit.SECONDS) == null) {
            throw new IllegalStateException("member on port " + port + " exited before it was ready; see " + log);
        }
        return process;
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroyForcibly();
        }
        for (Process process : processes) {
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
