package mx.huella.engine.search.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.PartialSearch;
import mx.huella.engine.search.SearchOptions;

/** A search run on one member over the partitions it owns, answering which partitions it covered. */
final class MemberSearch implements Callable<MemberSearch.Answer>, Serializable, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    /** One member's answer: its candidates and the partitions they come from. */
    record Answer(PartialSearch partial, BitSet covered) implements Serializable {}

    private final Map<FingerPosition, byte[]> probe;
    private final SearchOptions options;
    private transient HazelcastInstance instance;

    MemberSearch(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        this.probe = new EnumMap<>(FingerPosition.class);
        probe.forEach((position, template) -> this.probe.put(position, template.toByteArray()));
        this.options = options;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public Answer call() {
        MemberGallery gallery = MemberGallery.of(instance);
        gallery.reconcile(instance);
        Map<FingerPosition, EncodedTemplate> templates = new EnumMap<>(FingerPosition.class);
        probe.forEach((position, bytes) -> templates.put(position, EncodedTemplate.parse(bytes)));
        return gallery.search(templates, options);
    }
}
