package mx.huella.biometric;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerPosition;
import mx.huella.engine.search.Identification;
import mx.huella.engine.search.SearchOptions;
import mx.huella.engine.search.cluster.GalleryCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enrolled fingerprints of every biometric subject: stored encrypted in the database (the record
 * that counts) and searchable 1:N in the cluster gallery, which follows the database.
 *
 * <p>On start, a node that finds itself the only gallery member rebuilds the gallery from the
 * database before the portal takes requests; a node joining a running cluster finds the gallery
 * already there. Enrollments reach the gallery inside their transaction and leave it again if it
 * rolls back (see {@link #enroll}); removals reach it when their transaction commits, so a removed
 * subject is never found again.
 */
@Service
public class BiometricGallery implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BiometricGallery.class);
    private static final int REBUILD_BATCH = 512;

    private final FingerTemplateStore store;
    private final SampleVault vault;
    private final GalleryCluster cluster;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate separate;
    private volatile boolean running;
    private volatile RebuildReport lastRebuild;

    private final boolean rebuildOnStart;

    BiometricGallery(
            FingerTemplateStore store, SampleVault vault, GalleryCluster cluster, TransactionTemplate transactions) {
        this(store, vault, cluster, transactions, true);
    }

    @org.springframework.beans.factory.annotation.Autowired
    BiometricGallery(
            FingerTemplateStore store,
            SampleVault vault,
            GalleryCluster cluster,
            TransactionTemplate transactions,
            @org.springframework.beans.factory.annotation.Value("${huella.biometric.rebuild-on-start:true}")
                    boolean rebuildOnStart) {
        this.rebuildOnStart = rebuildOnStart;
        this.store = store;
        this.vault = vault;
        this.cluster = cluster;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        // After a rollback the finished transaction's resources are still bound: read in a new one.
        this.separate = new TransactionTemplate(transactions.getTransactionManager());
        this.separate.setReadOnly(true);
        this.separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** How long the last rebuild from the database took and what it loaded. */
    public record RebuildReport(long subjects, long fingers, long millis) {}

    /** Enrolls (or re-enrolls) the fingers of a subject, replacing any it had. */
    @Transactional
    public void enroll(UUID subject, Map<FingerPosition, EncodedTemplate> fingers) {
        if (fingers.isEmpty()) {
            throw new IllegalArgumentException("an enrollment needs at least one finger");
        }
        for (FingerPosition position : fingers.keySet()) {
            if (!position.isSingleFinger()) {
                throw new IllegalArgumentException("only single fingers are enrolled, not " + position);
            }
        }
        store.replace(subject, fingers);
        cluster.put(subject.toString(), fingers);
        resyncOnRollback(subject);
    }

    /** Removes every finger of a subject from storage and, once committed, from every gallery member. */
    @Transactional
    public void remove(UUID subject) {
        store.delete(subject);
        vault.deleteFace(subject);
        afterCommit(() -> cluster.remove(subject.toString()));
    }

    /** The enrolled fingers of a subject, opened, for a 1:1 verification; empty when it has none. */
    @Transactional(readOnly = true)
    public Map<FingerPosition, EncodedTemplate> enrolledFingers(UUID subject) {
        return store.fingers(subject, java.util.EnumSet.allOf(FingerPosition.class));
    }

    /** The enrolled face of a subject, opened, for a 1:1 verification; empty when it has none. */
    public java.util.Optional<mx.huella.engine.face.FaceDescriptor> enrolledFace(UUID subject) {
        return vault.enrolledFace(subject);
    }

    /** The enrolled fingers of a subject at these positions only: a verification opens no more than it compares. */
    @Transactional(readOnly = true)
    public Map<FingerPosition, EncodedTemplate> enrolledFingers(UUID subject, java.util.Set<FingerPosition> positions) {
        return store.fingers(subject, positions);
    }

    /** Enrolls (or re-enrolls) the face of a subject: sealed in storage, searchable at once (see {@link #enroll}). */
    @Transactional
    public void enrollFace(UUID subject, FaceDescriptor face) {
        vault.enrollFace(subject, face);
        cluster.putFace(subject.toString(), face);
        resyncOnRollback(subject);
    }

    /**
     * Entries enter the gallery before their transaction commits, so that a de-duplication search
     * serialised after this one (by the caller's lock, released at commit) already finds them, and so
     * that a node dying between commit and an after-commit step cannot leave them out of the surviving
     * members. A rollback puts the subject back as the database has it. The cost of the order is the
     * other way round: a search may briefly see an entry that then rolls back, or (a node dying before
     * its commit) keep it until the next rebuild; either errs towards a suspected duplicate for an
     * analyst, never towards a missed one.
     */
    private void resyncOnRollback(UUID subject) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    resync(subject);
                }
            }
        });
    }

    private void resync(UUID subject) {
        record Committed(Map<FingerPosition, EncodedTemplate> fingers, java.util.Optional<FaceDescriptor> face) {}
        Committed committed = separate.execute(status -> new Committed(
                store.fingers(subject, java.util.EnumSet.allOf(FingerPosition.class)), vault.enrolledFace(subject)));
        String reference = subject.toString();
        cluster.remove(reference);
        if (!committed.fingers().isEmpty()) {
            cluster.put(reference, committed.fingers());
        }
        committed.face().ifPresent(face -> cluster.putFace(reference, face));
    }

    /** The k enrolled faces nearest to the probe, in the whole cluster; references are subject ids. */
    public List<FaceGallery.Match> nearestFaces(FaceDescriptor probe, int k) {
        return cluster.nearestFaces(probe, k);
    }

    /** Searches the whole gallery; candidates carry subject ids as their references. */
    public Identification identify(Map<FingerPosition, EncodedTemplate> probe, SearchOptions options) {
        return cluster.identify(probe, options);
    }

    /** Faces searchable now, in the whole cluster. */
    public int enrolledFaces() {
        return cluster.faces();
    }

    /** Subjects searchable now. */
    public int searchableSubjects() {
        return cluster.references();
    }

    /** The last rebuild from the database on this node, if it did one. */
    public java.util.Optional<RebuildReport> lastRebuild() {
        return java.util.Optional.ofNullable(lastRebuild);
    }

    /**
     * Loads every enrolled subject from the database into the gallery, in batches written to their
     * owners concurrently while the next batch is read.
     */
    public RebuildReport rebuild() {
        long start = System.nanoTime();
        long[] counts = new long[2];
        Map<String, Map<FingerPosition, EncodedTemplate>> batch = new java.util.HashMap<>();
        java.util.concurrent.CompletableFuture<Void>[] previous = new java.util.concurrent.CompletableFuture[] {
            java.util.concurrent.CompletableFuture.completedFuture(null)
        };
        readOnly.executeWithoutResult(status -> store.forEachSubject((subject, fingers) -> {
            batch.put(subject.toString(), fingers);
            counts[0]++;
            counts[1] += fingers.size();
            if (batch.size() == REBUILD_BATCH) {
                previous[0].join();
                Map<String, Map<FingerPosition, EncodedTemplate>> full = Map.copyOf(batch);
                batch.clear();
                previous[0] = java.util.concurrent.CompletableFuture.runAsync(() -> cluster.putAll(full));
            }
        }));
        previous[0].join();
        cluster.putAll(batch);
        Map<String, FaceDescriptor> faces = new java.util.HashMap<>();
        readOnly.executeWithoutResult(status -> vault.forEachFace((subject, face) -> {
            faces.put(subject.toString(), face);
            if (faces.size() == REBUILD_BATCH) {
                cluster.putFaces(faces);
                faces.clear();
            }
        }));
        cluster.putFaces(faces);
        RebuildReport report = new RebuildReport(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
        lastRebuild = report;
        log.info(
                "Gallery rebuilt from the database: {} subjects, {} fingers in {} ms",
                report.subjects(),
                report.fingers(),
                report.millis());
        return report;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @Override
    public void start() {
        boolean alone =
                cluster.members().stream().filter(m -> !m.isLiteMember()).count() == 1;
        if (!rebuildOnStart) {
            log.warn("Gallery not rebuilt from the database on start (huella.biometric.rebuild-on-start=false)");
        } else if (alone) {
            rebuild();
        } else {
            log.info(
                    "Joined a running gallery cluster of {} members: its gallery is already loaded",
                    cluster.members().size());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts last) so that no request meets a half-loaded gallery. */
    @Override
    public int getPhase() {
        return 0;
    }
}
