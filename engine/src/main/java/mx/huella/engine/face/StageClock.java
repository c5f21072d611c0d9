package mx.huella.engine.face;

/**
 * Sums the wall time {@link FacePipeline} spends in each stage, for the evaluation report. Not thread-safe: one per
 * thread.
 */
final class StageClock {

    private long detectNanos;
    private long landmarksNanos;
    private long describeNanos;

    void addDetect(long nanos) {
        detectNanos += nanos;
    }

    void addLandmarks(long nanos) {
        landmarksNanos += nanos;
    }

    void addDescribe(long nanos) {
        describeNanos += nanos;
    }

    long detectNanos() {
        return detectNanos;
    }

    long landmarksNanos() {
        return landmarksNanos;
    }

    long describeNanos() {
        return describeNanos;
    }
}
