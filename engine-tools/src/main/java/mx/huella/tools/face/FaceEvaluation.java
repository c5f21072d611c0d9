package mx.huella.tools.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import mx.huella.engine.face.DescribedFace;
import mx.huella.engine.face.FaceDescriptor;
import mx.huella.engine.face.FacePipeline;
import mx.huella.engine.face.RgbImage;
import mx.huella.engine.face.StageClock;

/**
 * Runs {@link FacePipeline} over a folder of one sub-folder per person and pairs the descriptors: every pair within
 * a person is genuine, every pair across persons an impostor. Images without a detected face are counted and left
 * out of the pairs.
 */
final class FaceEvaluation {

    /** What one run over a data set measured; timings are mean milliseconds per image. */
    record Result(
            int persons,
            int images,
            int failedToDetect,
            DistanceScores scores,
            double detectMillis,
            double landmarksMillis,
            double describeMillis) {}

    private record Sample(int person, FaceDescriptor descriptor) {}

    private final FacePipeline pipeline;
    private final boolean detect;

    /** With {@code detect} false every image is taken as the face crop itself and described as it is. */
    FaceEvaluation(FacePipeline pipeline, boolean detect) {
        this.pipeline = pipeline;
        this.detect = detect;
    }

    Result run(Path dataset) {
        List<Path> persons = list(dataset, Files::isDirectory);
        List<Sample> samples = new ArrayList<>();
        StageClock clock = new StageClock();
        int images = 0;
        int failed = 0;
        for (int person = 0; person < persons.size(); person++) {
            for (Path file : list(persons.get(person), FaceEvaluation::isImage)) {
                images++;
                Optional<FaceDescriptor> descriptor = describe(ImageFiles.read(file), clock);
                if (descriptor.isPresent()) {
                    samples.add(new Sample(person, descriptor.get()));
                } else {
                    failed++;
                }
            }
        }
        double perImage = images == 0 ? Double.NaN : 1e6 * images;
        return new Result(
                persons.size(),
                images,
                failed,
                pair(samples),
                clock.detectNanos() / perImage,
                clock.landmarksNanos() / perImage,
                clock.describeNanos() / perImage);
    }

    private Optional<FaceDescriptor> describe(RgbImage image, StageClock clock) {
        if (!detect) {
            return Optional.of(pipeline.describeCrop(image, clock));
        }
        return pipeline.describeLargest(image, clock).map(DescribedFace::descriptor);
    }

    private static DistanceScores pair(List<Sample> samples) {
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            for (int j = i + 1; j < samples.size(); j++) {
                double distance =
                        samples.get(i).descriptor().distanceTo(samples.get(j).descriptor());
                (samples.get(i).person() == samples.get(j).person() ? genuine : impostor).add(distance);
            }
        }
        return new DistanceScores(toArray(genuine), toArray(impostor));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"));
    }

    /** The matching entries sorted by name, so that runs are repeatable. */
    private static List<Path> list(Path folder, Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
