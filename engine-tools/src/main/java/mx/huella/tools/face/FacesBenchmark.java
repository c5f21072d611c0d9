package mx.huella.tools.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FaceGallery;
import mx.huella.engine.face.FaceLandmarks68;
import mx.huella.engine.face.FacePipeline;
import mx.huella.engine.face.FaceRecognitionNet;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.face.TinyFaceDetector;

/**
 * {@code ./huella bench faces [--json] [--photo FILE] [--size WxH] [--gallery N]}: per-photo time of the face
 * pipeline split into detect / landmarks / describe (one thread, warmed up), and 1:N search time over
 * N synthetic descriptors (default 1,000,000) using both cores.
 *
 * <p>The photo defaults to the face-api sample {@code ../shared/data/face-reference/sample1-half.png}
 * when present; without a face in the photo only detection is timed. Synthetic descriptors are
 * Gaussian vectors scaled to the norm of real descriptors (about 1.4): the search cost does not
 * depend on their content.
 */
public final class FacesBenchmark {
    private static final Path DEFAULT_PHOTO = Path.of("..", "shared", "data", "face-reference", "sample1-half.png");
    private static final int WARM_UP = 20;
    private static final int RUNS = 40;

    private FacesBenchmark() {}

    public static void main(String[] args) {
        boolean json = false;
        Path photoFile = DEFAULT_PHOTO;
        int gallerySize = 1_000_000;
        int[] size = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--size" -> {
                    String[] parts = args[++i].split("x");
                    size = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
                }
                case "--photo" -> photoFile = Path.of(args[++i]);
                case "--gallery" -> gallerySize = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println(
                            "usage: ./huella bench faces [--json] [--photo FILE] [--size WxH] [--gallery N]");
                    System.exit(2);
                }
            }
        }
        FacePipeline pipeline = FacePipeline.load();
        TinyFaceDetector detector = TinyFaceDetector.load();
        FaceLandmarks68 landmarks = FaceLandmarks68.load();
        FaceRecognitionNet net = FaceRecognitionNet.load();
        RgbImage read = Files.isRegularFile(photoFile) ? ImageFiles.read(photoFile) : noise(640, 480, 3);
        RgbImage photo = size == null ? read : fit(read, size[0], size[1]);
        RgbImage face = noise(150, 150, 1);
        double detect = p50(() -> detector.detect(photo));
        double landmark = p50(() -> landmarks.detect(face));
        double describe = p50(() -> net.describe(face));
        double whole = p50(() -> pipeline.describeLargest(photo));
        boolean faceFound = pipeline.describeLargest(photo).isPresent();
        double search = searchP50(gallerySize);
        String result = String.format(
                Locale.ROOT,
                "{\"photo\":\"%s\",\"photoWidth\":%d,\"photoHeight\":%d,\"faceFound\":%b,\"detectMillisP50\":%.2f,"
                        + "\"landmarksMillisP50\":%.2f,\"describeMillisP50\":%.2f,\"pipelineMillisP50\":%.2f,"
                        + "\"galleryFaces\":%d,\"search1mMillisP50\":%.2f,\"cores\":%d}",
                Files.isRegularFile(photoFile) ? photoFile : "synthetic noise",
                photo.width(),
                photo.height(),
                faceFound,
                detect,
                landmark,
                describe,
                whole,
                gallerySize,
                search,
                Runtime.getRuntime().availableProcessors());
        System.out.println(json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  "));
    }

    /** The photo's centre cut to the target's aspect ratio and area-resampled to exactly that size. */
    static RgbImage fit(RgbImage photo, int width, int height) {
        double scale = Math.min((double) photo.width() / width, (double) photo.height() / height);
        int cutW = (int) Math.round(width * scale);
        int cutH = (int) Math.round(height * scale);
        int left = (photo.width() - cutW) / 2;
        int top = (photo.height() - cutH) / 2;
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            int y0 = top + (int) ((long) y * cutH / height);
            int y1 = Math.max(y0 + 1, top + (int) ((long) (y + 1) * cutH / height));
            for (int x = 0; x < width; x++) {
                int x0 = left + (int) ((long) x * cutW / width);
                int x1 = Math.max(x0 + 1, left + (int) ((long) (x + 1) * cutW / width));
                for (int c = 0; c < 3; c++) {
                    int sum = 0;
                    for (int sy = y0; sy < y1; sy++) {
                        for (int sx = x0; sx < x1; sx++) {
                            sum += photo.sample(sx, sy, c);
                        }
                    }
                    rgb[(y * width + x) * 3 + c] = (byte) Math.round((double) sum / ((y1 - y0) * (x1 - x0)));
                }
            }
        }
        return new RgbImage(width, height, rgb);
    }

    private static double searchP50(int gallerySize) {
        SplittableRandom random = new SplittableRandom(11);
        FaceGallery gallery = new FaceGallery(gallerySize);
        for (int i = 0; i < gallerySize; i++) {
            gallery.add("face-" + i, syntheticDescriptor(random));
        }
        FaceDescriptor probe = syntheticDescriptor(random);
        return p50(() -> gallery.nearest(probe, 10));
    }

    private static FaceDescriptor syntheticDescriptor(SplittableRandom random) {
        float[] values = new float[FaceDescriptor.LENGTH];
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            values[i] = (float) g;
            norm += g * g;
        }
        double scale = 1.4 / Math.sqrt(norm);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (values[i] * scale);
        }
        return new FaceDescriptor(values);
    }

    private static double p50(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
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
