package mx.huella.engine.face;

/**
 * Sums the wall time {@link FacePipeline} spends in each stage, for the evaluation report. Not thread-safe: one per
 * thread.
 */
public final class StageClock {

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

    public long detectNanos() {
        return detectNanos;
    }

    public long landmarksNanos() {
        return landmarksNanos;
    }

    public long describeNanos() {
        return describeNanos;
    }
}
