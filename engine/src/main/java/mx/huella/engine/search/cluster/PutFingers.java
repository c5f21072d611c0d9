package mx.huella.engine.search.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/**
 * Replaces (or, with no value, removes) the fingers of one reference. On the owner it also updates
 * the owner's index in the same step, so a search that starts after the write returns sees it; on the
 * backup it only stores the value, since backups are not searched.
 */
final class PutFingers implements EntryProcessor<String, byte[], Void>, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    private final byte[] value;
    private final boolean primary;
    private transient HazelcastInstance instance;

    PutFingers(byte[] value) {
        this(value, true);
    }

    private PutFingers(byte[] value, boolean primary) {
        this.value = value;
        this.primary = primary;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public Void process(Map.Entry<String, byte[]> entry) {
        entry.setValue(value);
        if (primary) {
            MemberGallery.of(instance).indexed(instance, entry.getKey(), value);
        }
        return null;
    }

    @Override
    public EntryProcessor<String, byte[], Void> getBackupProcessor() {
        return new PutFingers(value, false);
    }
}
