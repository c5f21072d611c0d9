package mx.huella.engine.search.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.partition.Partition;
import com.hazelcast.partition.PartitionService;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.FingerprintGallery;
import mx.huella.engine.search.SearchOptions;

/**
 * One member's share of the cluster gallery: an index over the fingers of the partitions this member
 * owns (primary copies only, so that every finger is searched exactly once in the cluster).
 *
 * <p>Writes reach it synchronously from entry processors on the owning partition's thread. Ownership
 * moves when members come and go; {@link #reconcile()} then drops the partitions this member lost and
 * loads the ones it gained from the map, which already holds them (a gained partition was a backup or
 * was migrated here). A write that lands while a partition is being loaded wins over the loaded copy.
 */
final class MemberGallery {
    static final String USER_CONTEXT_KEY = "huella.memberGallery";

    private final FingerprintGallery gallery;
    private final Map<Integer, Set<String>> referencesByPartition = new HashMap<>();
    private final BitSet indexed = new BitSet();
    private final Object indexLock = new Object();
    private final ReentrantLock reconciling = new ReentrantLock();
    /** Searches share it; changing which partitions the index holds takes it alone. */
    private final ReentrantReadWriteLock shape = new ReentrantReadWriteLock();

    private volatile Set<String> touchedDuringLoad;

    MemberGallery(int expectedFingersPerPosition) {
        this.gallery = new FingerprintGallery(expectedFingersPerPosition);
    }

    static MemberGallery of(HazelcastInstance instance) {
        MemberGallery gallery = (MemberGallery) instance.getUserContext().get(USER_CONTEXT_KEY);
        if (gallery == null) {
            throw new IllegalStateException("member " + instance.getName() + " runs no gallery");
        }
        return gallery;
    }

    /** Indexes the fingers of a reference written on this member, its owner. */
    void indexed(HazelcastInstance instance, String reference, byte[] value) {
        int partition = instance.getPartitionService().getPartition(reference).getPartitionId();
        // Decoding and key extraction are the costly part: done before the lock, so partition threads overlap.
        List<FingerprintGallery.PreparedFinger> decoded = value == null ? null : prepare(value);
        synchronized (indexLock) {
            Set<String> touched = touchedDuringLoad;
            if (touched != null) {
                touched.add(reference);
            }
            apply(reference, partition, decoded);
        }
    }

    /** Brings the index in line with the partitions this member owns now. */
    void reconcile(HazelcastInstance instance) {
        synchronized (indexLock) {
            if (ownedPartitions(instance).equals(indexed)) {
                return; // the common case: nothing moved, and searches need not wait for each other
            }
        }
        reconciling.lock();
        shape.writeLock().lock();
        try {
            BitSet owned = ownedPartitions(instance);
            BitSet gained;
            synchronized (indexLock) {
                BitSet lost = (BitSet) indexed.clone();
                lost.andNot(owned);
                lost.stream().forEach(this::drop);
                gained = (BitSet) owned.clone();
                gained.andNot(indexed);
            }
            if (!gained.isEmpty()) {
                load(instance, gained);
            }
        } finally {
            shape.writeLock().unlock();
            reconciling.unlock();
        }
    }

    /**
     * Searches this member's share.
     *
     * @return the candidates and exactly the partitions the index held while searching, so that the
     *     caller can tell a complete answer (every partition once, over all members) from one taken
     *     while partitions moved
     */
    MemberSearch.Answer search(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        shape.readLock().lock();
        try {
            BitSet covered;
            synchronized (indexLock) {
                covered = (BitSet) indexed.clone();
            }
            return new MemberSearch.Answer(gallery.search(probe, options), covered);
        } finally {
            shape.readLock().unlock();
        }
    }

    /** References this member indexes. */
    int references() {
        synchronized (indexLock) {
            return referencesByPartition.values().stream().mapToInt(Set::size).sum();
        }
    }

    private void load(HazelcastInstance instance, BitSet gained) {
        PartitionService partitions = instance.getPartitionService();
        IMap<String, byte[]> fingers = instance.getMap(GalleryCluster.MAP);
        touchedDuringLoad = ConcurrentHashMap.newKeySet();
        try {
            Set<String> keys = new HashSet<>();
            for (String key : fingers.localKeySet()) {
                if (gained.get(partitions.getPartition(key).getPartitionId())) {
                    keys.add(key);
                }
            }
            Map<String, byte[]> values = keys.isEmpty() ? Map.of() : fingers.getAll(keys);
            Map<String, List<FingerprintGallery.PreparedFinger>> decoded =
                    new java.util.concurrent.ConcurrentHashMap<>();
            values.entrySet().parallelStream().forEach(e -> decoded.put(e.getKey(), prepare(e.getValue())));
            synchronized (indexLock) {
                Set<String> touched = touchedDuringLoad;
                decoded.forEach((key, value) -> {
                    if (!touched.contains(key)) {
                        apply(key, partitions.getPartition(key).getPartitionId(), value);
                    }
                });
                indexed.or(gained);
            }
        } finally {
            touchedDuringLoad = null;
        }
    }

    private List<FingerprintGallery.PreparedFinger> prepare(byte[] value) {
        Map<FingerPosition, EncodedTemplate> fingers = FingerSet.decode(value);
        List<FingerprintGallery.PreparedFinger> prepared = new java.util.ArrayList<>(fingers.size());
        fingers.forEach((position, template) -> prepared.add(gallery.prepare(position, template)));
        return prepared;
    }

    private void apply(String reference, int partition, List<FingerprintGallery.PreparedFinger> value) {
        gallery.remove(reference);
        Set<String> references = referencesByPartition.computeIfAbsent(partition, p -> new HashSet<>());
        if (value == null || value.isEmpty()) {
            references.remove(reference);
            return;
        }
        value.forEach(finger -> gallery.put(reference, finger));
        references.add(reference);
    }

    private void drop(int partition) {
        Set<String> references = referencesByPartition.remove(partition);
        if (references != null) {
            references.forEach(gallery::remove);
        }
        indexed.clear(partition);
    }

    private static BitSet ownedPartitions(HazelcastInstance instance) {
        Member local = instance.getCluster().getLocalMember();
        BitSet owned = new BitSet();
        if (local.isLiteMember()) {
            return owned;
        }
        for (Partition partition : instance.getPartitionService().getPartitions()) {
            if (local.equals(partition.getOwner())) {
                owned.set(partition.getPartitionId());
            }
        }
        return owned;
    }
}
