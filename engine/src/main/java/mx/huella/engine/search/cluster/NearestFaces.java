package mx.huella.engine.search.cluster;

import com.hazelcast.aggregation.Aggregator;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;

/**
 * The k enrolled faces nearest to a probe, computed where the faces live: each member scans the
 * entries of the partitions it owns, and the members' short lists are merged.
 */
final class NearestFaces implements Aggregator<Map.Entry<String, byte[]>, List<FaceGallery.Match>> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final float[] probe;
    private final int k;
    // Natural order (farthest first) rather than a comparator: the queue travels between members.
    private final PriorityQueue<Near> farthestFirst = new PriorityQueue<>();

    NearestFaces(FaceDescriptor probe, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.probe = probe.values();
        this.k = k;
    }

    static byte[] encode(FaceDescriptor descriptor) {
        ByteBuffer buffer =
                ByteBuffer.allocate(FaceDescriptor.LENGTH * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : descriptor.values()) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    @Override
    public void accumulate(Map.Entry<String, byte[]> entry) {
        ByteBuffer buffer = ByteBuffer.wrap(entry.getValue()).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        for (float p : probe) {
            double d = p - buffer.getFloat();
            sum += d * d;
        }
        offer(new Near(entry.getKey(), Math.sqrt(sum)));
    }

    @Override
    public void combine(Aggregator aggregator) {
        ((NearestFaces) aggregator).farthestFirst.forEach(this::offer);
    }

    @Override
    public List<FaceGallery.Match> aggregate() {
        List<Near> nearest = new ArrayList<>(farthestFirst);
        nearest.sort(Comparator.comparingDouble(Near::distance).thenComparing(Near::reference));
        return nearest.stream()
                .map(n -> new FaceGallery.Match(n.reference(), n.distance()))
                .toList();
    }

    private void offer(Near near) {
        if (farthestFirst.size() < k) {
            farthestFirst.add(near);
        } else if (near.distance() < farthestFirst.peek().distance()) {
            farthestFirst.poll();
            farthestFirst.add(near);
        }
    }

    private record Near(String reference, double distance) implements Serializable, Comparable<Near> {
        @Override
        public int compareTo(Near other) {
            return Double.compare(other.distance, distance);
        }
    }
}
