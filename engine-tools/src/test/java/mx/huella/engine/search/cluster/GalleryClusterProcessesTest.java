package mx.huella.engine.search.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cluster.Member;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.fingerprint.TemplateInterchange;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.tools.synthetic.SyntheticTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three gallery members in processes of their own, driven from this JVM as a lite member (holds no
 * data, searches and writes like an application node would).
 */
class GalleryClusterProcessesTest {
    private static final int PERSONS = 120;
    private static final SyntheticTemplates SYNTHETIC = new SyntheticTemplates(4242);
    private static final List<FingerPosition> FINGERS = List.of(FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_INDEX);
    // A short list as long as the gallery: every finger is scored exactly on one node and on many, so
    // both must give the very same candidates.
    private static final SearchOptions OPTIONS = new SearchOptions(5, PERSONS, 1e-3, Set.of());

    @TempDir
    Path logs;

    @Test
    @Timeout(300)
    void threeMembersAnswerAsOneNodeLoseNothingWhenOneIsKilledAndHandPartitionsToANewcomer() throws Exception {
        List<Integer> ports = List.of(
                ClusterProcesses.freePort(),
                ClusterProcesses.freePort(),
                ClusterProcesses.freePort(),
                ClusterProcesses.freePort(),
                ClusterProcesses.freePort());
        List<String> addresses = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        try (var processes = new ClusterProcesses()) {
            List<Process> members = new ArrayList<>();
            for (int m = 1; m <= 3; m++) {
                members.add(processes.start(ports.get(m), others(addresses, m), logs.resolve("member-" + m + ".log")));
            }
            var settings = new ClusterSettings(
                    processes.clusterName(),
                    "127.0.0.1",
                    ports.get(0),
                    others(addresses, 0),
                    true,
                    1_000,
                    ClusterProcesses.FAILURE_DETECTION_SECONDS);
            try (GalleryCluster cluster = GalleryCluster.start(settings)) {
                awaitDataMembers(cluster, 3);
                var oneNode = new FingerprintGallery(1_000);
                for (int person = 0; person < PERSONS; person++) {
                    Map<FingerPosition, EncodedTemplate> enrolled = tenPrint(person, 0);
                    String reference = "person-" + person;
                    cluster.put(reference, enrolled);
                    enrolled.forEach((position, template) -> oneNode.put(reference, position, template));
                }
                oneNode.compact();

                // Identical answers: same candidates, scores, order and decision.
                for (int person = 0; person < PERSONS; person += 7) {
                    Map<FingerPosition, EncodedTemplate> probe = tenPrint(person, 1);
                    assertThat(summary(cluster.identify(probe, OPTIONS)))
                            .isEqualTo(summary(oneNode.identify(probe, OPTIONS)));
                }
                Map<FingerPosition, EncodedTemplate> stranger = tenPrint(90_000, 1);
                assertThat(summary(cluster.identify(stranger, OPTIONS)))
                        .isEqualTo(summary(oneNode.identify(stranger, OPTIONS)));

                // A stream of searches while one member is killed outright.
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger answered = new AtomicInteger();
                AtomicReference<Throwable> failure = new AtomicReference<>();
                Thread searches = Thread.ofPlatform().start(() -> {
                    int person = 0;
                    while (!stop.get()) {
                        try {
                            Identification result = cluster.identify(tenPrint(person, 1), OPTIONS);
                            if (!result.hit()
                                    .map(Candidate::reference)
                                    .orElse("")
                                    .equals("person-" + person)) {
                                failure.compareAndSet(
                                        null, new AssertionError("person-" + person + " not found: " + result));
                            }
                            answered.incrementAndGet();
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                        person = (person + 13) % PERSONS;
                    }
                });
                awaitAnswers(answered, 5);
                members.get(1).destroyForcibly().waitFor();
                awaitDataMembers(cluster, 2);
                int afterKill = answered.get();
                awaitAnswers(answered, afterKill + 10);
                stop.set(true);
                searches.join();
                assertThat(failure.get()).isNull();

                assertThat(cluster.references()).isEqualTo(PERSONS);
                for (int person = 0; person < PERSONS; person++) {
                    assertThat(cluster.identify(tenPrint(person, 2), OPTIONS).hit())
                            .get()
                            .extracting(Candidate::reference)
                            .isEqualTo("person-" + person);
                }

                // A deleted person is never found again, on any member.
                cluster.remove("person-3");
                oneNode.remove("person-3");
                assertThat(cluster.identify(tenPrint(3, 1), OPTIONS).candidates())
                        .extracting(Candidate::reference)
                        .doesNotContain("person-3");

                // A newcomer takes over partitions, and answers stay those of one node.
                processes.start(ports.get(4), others(addresses, 4), logs.resolve("member-4.log"));
                awaitDataMembers(cluster, 3);
                awaitPartitions(cluster, ports.get(4));
                for (int person = 1; person < PERSONS; person += 11) {
                    Map<FingerPosition, EncodedTemplate> probe = tenPrint(person, 1);
                    assertThat(summary(cluster.identify(probe, OPTIONS)))
                            .isEqualTo(summary(oneNode.identify(probe, OPTIONS)));
                }
                assertThat(cluster.references()).isEqualTo(PERSONS - 1);
            }
        }
    }

    private static List<String> others(List<String> addresses, int self) {
        List<String> others = new ArrayList<>(addresses);
        others.remove(self);
        return others;
    }

    private static String summary(Identification result) {
        var text = new StringBuilder(result.decision() + " " + result.comparisons());
        for (Candidate candidate : result.candidates()) {
            text.append(String.format(
                    java.util.Locale.ROOT,
                    "%n%s %.6f %s",
                    candidate.reference(),
                    candidate.fusedScore(),
                    candidate.fingerScores()));
        }
        return text.toString();
    }

    private static void awaitDataMembers(GalleryCluster cluster, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (cluster.members().stream().filter(m -> !m.isLiteMember()).count() != count) {
            assertThat(System.nanoTime()).as("%d data members", count).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitPartitions(GalleryCluster cluster, int port) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Map<Member, Integer> owned = cluster.partitionsOwned();
            boolean taken = owned.entrySet().stream()
                    .anyMatch(e -> e.getKey().getAddress().getPort() == port && e.getValue() > 0);
            if (taken) {
                return;
            }
            assertThat(System.nanoTime()).as("newcomer owns partitions").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitAnswers(AtomicInteger answered, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (answered.get() < count) {
            assertThat(System.nanoTime()).as("%d searches answered", count).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static Map<FingerPosition, EncodedTemplate> tenPrint(long person, int impression) {
        Map<FingerPosition, EncodedTemplate> fingers = new EnumMap<>(FingerPosition.class);
        for (int f = 0; f < FINGERS.size(); f++) {
            fingers.put(
                    FINGERS.get(f),
                    TemplateInterchange.importRecord(SYNTHETIC.impression(person * 10 + f, impression))
                            .get(0)
                            .template());
        }
        return fingers;
    }
}
