package mx.huella.tools.face;

import java.util.Arrays;
import java.util.function.Supplier;
import mx.huella.engine.face.FaceLandmarks68;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.face.TinyFaceDetector;

/**
 * {@code ./huella bench face-detect [runs]}: measures {@link TinyFaceDetector#detect} (S = 416) on one 640×480 image
 * and {@link FaceLandmarks68#detect} on one 150×150 face crop, single thread, after 30 warm-up runs each; prints p50,
 * p90 and min in ms. The nets' cost does not depend on the content, so the inputs are seeded noise.
 */
public final class FaceDetectionBenchmark {

    private FaceDetectionBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        TinyFaceDetector detector = TinyFaceDetector.load();
        FaceLandmarks68 landmarks = FaceLandmarks68.load();
        RgbImage image = noise(640, 480, 1);
        RgbImage face = noise(150, 150, 2);
        report("detect 640x480 @416", runs, () -> detector.detect(image));
        report("landmarks68 150x150", runs, () -> landmarks.detect(face));
    }

    private static void report(String label, int runs, Supplier<?> work) {
        for (int i = 0; i < 30; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%s: p50 %.1f ms, p90 %.1f ms, min %.1f ms (%d runs)%n",
                label, millis[runs / 2], millis[runs * 9 / 10], millis[0], runs);
    }

    private static RgbImage noise(int width, int height, int seed) {
        byte[] rgb = new byte[width * height * 3];
        int s = seed;
        for (int i = 0; i < rgb.length; i++) {
            s = s * 1664525 + 1013904223;
            rgb[i] = (byte) (s >>> 24);
        }
        return new RgbImage(width, height, rgb);
    }
}
