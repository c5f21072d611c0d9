package mx.huella.biometric;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.cluster.GalleryCluster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What {@code ./huella bench rebuild} measures, apart from the live gallery: subjects stored in the database
 * only, and a rebuild of everything stored into a gallery cluster of the caller's.
 */
@Component
public class GalleryRebuild {
    private final FingerTemplateStore store;
    private final SampleVault vault;
    private final TransactionTemplate transactions;

    GalleryRebuild(FingerTemplateStore store, SampleVault vault, TransactionTemplate transactions) {
        this.store = store;
        this.vault = vault;
        this.transactions = transactions;
    }

    /** Subjects with enrolled fingers in the database. */
    public long storedSubjects() {
        return store.subjects();
    }

    /** Stores each entry as a new subject, encrypted like an enrollment, in one transaction; the gallery is not told. */
    public void storeNewSubjects(List<Map<FingerPosition, EncodedTemplate>> subjects) {
        transactions.executeWithoutResult(
                status -> subjects.forEach(fingers -> store.replace(UUID.randomUUID(), fingers)));
    }

    /** Loads every stored subject into {@code cluster}, as a node's gallery does on start. */
    public BiometricGallery.RebuildReport rebuildInto(GalleryCluster cluster) {
        return new BiometricGallery(store, vault, cluster, transactions).rebuild();
    }
}
