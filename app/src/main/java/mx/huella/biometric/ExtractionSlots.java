package mx.huella.biometric;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * As many engine extractions (finger templates, face descriptors) at once as there are cores, shared
 * by the finger and face readers: more only share the cores and thrash their caches.
 */
@Component
class ExtractionSlots {
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** Runs the extraction once a core is free, first come first served. */
    <T> T run(Supplier<T> extraction) {
        cores.acquireUninterruptibly();
        try {
            return extraction.get();
        } finally {
            cores.release();
        }
    }
}
