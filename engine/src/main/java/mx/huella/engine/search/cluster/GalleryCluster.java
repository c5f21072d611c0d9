package mx.huella.engine.search.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MemberSelector;
import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.PartialSearch;
import mx.huella.engine.search.SearchOptions;

/**
 * The 1:N fingerprint gallery of a cluster of application nodes, each an embedded Hazelcast member.
 *
 * <p>Enrolled fingers are kept per reference in a partitioned map with one synchronous backup copy, so
 * losing one member loses no template. Each member indexes the partitions it owns. A search runs on
 * every data member at once and is accepted only when the members' answers cover every partition
 * exactly once; while partitions move (a member left or joined) it is retried until they do, so a
 * search answers as a single node would, or fails after {@link #SEARCH_TIMEOUT}.
 *
 * <p>A single node needs no settings ({@link ClusterSettings#singleNode()}): it binds to loopback and
 * joins nobody. Multicast discovery and phone-home are always off.
 */
public final class GalleryCluster implements AutoCloseable {
    /** How long a search may wait for the cluster to settle before it fails. */
    public static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(30);

    static final String MAP = "huella-fingers";
    static final String FACES = "huella-faces";
    private static final String EXECUTOR = "huella-search";
    private static final MemberSelector DATA_MEMBERS = member -> !member.isLiteMember();

    private final HazelcastInstance instance;
    private final IMap<String, byte[]> fingers;
    private final IMap<String, byte[]> faces;
    private final IExecutorService executor;

    private GalleryCluster(HazelcastInstance instance) {
        this.instance = instance;
        this.fingers = instance.getMap(MAP);
        this.faces = instance.getMap(FACES);
        this.executor = instance.getExecutorService(EXECUTOR);
    }

    /** Starts this node's member and joins the cluster the settings name. */
    public static GalleryCluster start(ClusterSettings settings) {
        Config config = config(settings);
        if (!settings.liteMember()) {
            // In place before the member joins: partitions and writes can reach it the moment it does.
            config.getUserContext()
                    .put(MemberGallery.USER_CONTEXT_KEY, new MemberGallery(settings.expectedFingersPerPosition()));
        }
        return new GalleryCluster(Hazelcast.newHazelcastInstance(config));
    }

    static Config config(ClusterSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setInstanceName(settings.clusterName() + "-" + settings.bindAddress() + "-" + System.nanoTime());
        config.setLiteMember(settings.liteMember());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", loggingType());
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(settings.failureDetectionSeconds()));
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(20);
        network.setPublicAddress(settings.bindAddress());
        network.getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!settings.members().isEmpty()).setMembers(settings.members());
        for (String map : List.of(MAP, FACES)) {
            config.addMapConfig(new MapConfig(map)
                    .setBackupCount(1)
                    .setAsyncBackupCount(0)
                    .setInMemoryFormat(InMemoryFormat.BINARY)
                    .setStatisticsEnabled(false));
        }
        return config;
    }

    /** The application's logging (SLF4J) when it has one, else the JDK's. */
    private static String loggingType() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, GalleryCluster.class.getClassLoader());
            return "slf4j";
        } catch (ClassNotFoundException e) {
            return "jdk";
        }
    }

    /** Enrolls the fingers of a reference, replacing any it had; visible to every search that starts after. */
    public void put(String reference, Map<FingerPosition, EncodedTemplate> enrolled) {
        requireEnrollable(reference, enrolled);
        fingers.executeOnKey(reference, new PutFingers(FingerSet.encode(enrolled)));
    }

    /**
     * Enrolls many references at once, as a rebuild does: the writes go to their owners concurrently
     * (their partition threads index in parallel); returns when all are done. The whole batch is
     * checked before anything is written.
     */
    public void putAll(Map<String, Map<FingerPosition, EncodedTemplate>> enrolled) {
        enrolled.forEach(GalleryCluster::requireEnrollable);
        List<java.util.concurrent.CompletableFuture<Void>> writes = new ArrayList<>(enrolled.size());
        enrolled.forEach(
                (reference, set) -> writes.add(fingers.submitToKey(reference, new PutFingers(FingerSet.encode(set)))
                        .toCompletableFuture()));
        java.util.concurrent.CompletableFuture.allOf(writes.toArray(java.util.concurrent.CompletableFuture[]::new))
                .join();
    }

    private static void requireEnrollable(String reference, Map<FingerPosition, EncodedTemplate> enrolled) {
        if (enrolled.isEmpty()) {
            throw new IllegalArgumentException("nothing to enroll for " + reference);
        }
        for (FingerPosition position : enrolled.keySet()) {
            if (!position.isSingleFinger()) {
                throw new IllegalArgumentException("the gallery holds single fingers, not " + position);
            }
        }
    }

    /** Removes every finger and the face of a reference, on every member; no search that starts after finds it. */
    public void remove(String reference) {
        fingers.executeOnKey(reference, new PutFingers(null));
        faces.delete(reference);
    }

    /** Enrolls the face of a reference, replacing any it had. */
    public void putFace(String reference, FaceDescriptor face) {
        faces.set(reference, NearestFaces.encode(face));
    }

    /** Enrolls many faces at once, as a rebuild does. */
    public void putFaces(Map<String, FaceDescriptor> enrolled) {
        Map<String, byte[]> encoded = new java.util.HashMap<>();
        enrolled.forEach((reference, face) -> encoded.put(reference, NearestFaces.encode(face)));
        faces.setAll(encoded);
    }

    /**
     * The k enrolled faces nearest to the probe in the whole cluster, nearest first: every member
     * scans the faces of the partitions it owns.
     */
    public List<FaceGallery.Match> nearestFaces(FaceDescriptor probe, int k) {
        return faces.aggregate(new NearestFaces(probe, k));
    }

    /** Faces enrolled in the whole cluster. */
    public int faces() {
        return faces.size();
    }

    /** References enrolled in the whole cluster. */
    public int references() {
        return fingers.size();
    }

    /** Whether a reference is enrolled. */
    public boolean contains(String reference) {
        return fingers.containsKey(reference);
    }

    /** The members of the cluster, this node's included. */
    public List<Member> members() {
        return List.copyOf(instance.getCluster().getMembers());
    }

    /** This node's member. */
    public Member localMember() {
        return instance.getCluster().getLocalMember();
    }

    /** The number of partitions the gallery is spread over. */
    public int partitionCount() {
        return instance.getPartitionService().getPartitions().size();
    }

    /** How many partitions each member owns now. */
    public Map<Member, Integer> partitionsOwned() {
        Map<Member, Integer> owned = new java.util.HashMap<>();
        instance.getPartitionService().getPartitions().forEach(partition -> {
            if (partition.getOwner() != null) {
                owned.merge(partition.getOwner(), 1, Integer::sum);
            }
        });
        return owned;
    }

    /**
     * Searches the whole cluster's gallery and decides at the options' target FPIR, as
     * {@link FingerprintGallery#identify} does on one node.
     *
     * @throws IllegalStateException when the members do not settle on a complete answer in time
     */
    public Identification identify(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        FingerprintGallery.checkProbe(probe);
        long deadline = System.nanoTime() + SEARCH_TIMEOUT.toNanos();
        int partitions = partitionCount();
        String why = "no data member";
        while (System.nanoTime() < deadline) {
            Map<Member, Future<MemberSearch.Answer>> answers =
                    executor.submitToMembers(new MemberSearch(probe, options), DATA_MEMBERS);
            List<PartialSearch> parts = new ArrayList<>();
            BitSet covered = new BitSet();
            boolean complete = !answers.isEmpty();
            for (Map.Entry<Member, Future<MemberSearch.Answer>> answer : answers.entrySet()) {
                try {
                    long left = Math.max(1, Math.min(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(5)));
                    MemberSearch.Answer part = answer.getValue().get(left, TimeUnit.NANOSECONDS);
                    if (part.covered().intersects(covered)) {
                        complete = false;
                        why = "partitions held twice while they move";
                    }
                    covered.or(part.covered());
                    parts.add(part.partial());
                } catch (ExecutionException | TimeoutException e) {
                    complete = false;
                    why = "member " + answer.getKey().getAddress() + " did not answer: " + e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while searching the gallery cluster", e);
                }
            }
            if (complete && covered.cardinality() == partitions) {
                return Identification.decide(parts, options);
            }
            if (complete) {
                why = (partitions - covered.cardinality()) + " partitions not yet held by any member";
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while searching the gallery cluster", e);
            }
        }
        throw new IllegalStateException(
                "the gallery cluster gave no complete answer in " + SEARCH_TIMEOUT + ": " + why);
    }

    /** Leaves the cluster gracefully: this member's partitions are handed over first. */
    @Override
    public void close() {
        instance.shutdown();
    }
}
