package mx.huella.tools.face;

import java.util.Arrays;
import mx.huella.engine.face.FaceRecognitionNet;
import mx.huella.engine.face.RgbImage;

/**
 * {@code ./huella bench face-descriptor [runs]}: measures {@link FaceRecognitionNet#describe} on one 150×150
 * input, single thread, after 30 warm-up runs; prints p50 and p90 in ms. The launcher adds the Vector API
 * module; without it this measures the plain-Java convolution kernel.
 */
public final class FaceRecognitionBenchmark {

    private FaceRecognitionBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        FaceRecognitionNet net = FaceRecognitionNet.load();
        RgbImage face = noise(150, 150, 1);
        for (int i = 0; i < 30; i++) {
            net.describe(face);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            net.describe(face);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "describe 150x150: p50 %.1f ms, p90 %.1f ms, min %.1f ms (%d runs)%n",
                millis[runs / 2], millis[runs * 9 / 10], millis[0], runs);
    }

    /** A seeded pseudo-random image: the net's cost does not depend on the content. */
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
