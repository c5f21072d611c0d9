package mx.huella.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import mx.huella.HuellaApplication;
import mx.huella.engine.search.Candidate;
import mx.huella.engine.search.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class GalleryRestartIT {
    @TempDir
    Path dataDir;

    @Test
    void theGalleryIsRebuiltFromTheDatabaseOnStartAndRemovalsStayRemoved() {
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        try (ConfigurableApplicationContext first = start()) {
            BiometricGallery gallery = first.getBean(BiometricGallery.class);
            gallery.enroll(kept, BiometricGalleryIT.fingers(10, 0));
            gallery.enroll(removed, BiometricGalleryIT.fingers(11, 0));
            gallery.remove(removed);
        }

        try (ConfigurableApplicationContext second = start()) {
            BiometricGallery gallery = second.getBean(BiometricGallery.class);

            assertThat(gallery.lastRebuild()).get().satisfies(report -> {
                assertThat(report.subjects()).isEqualTo(1);
                assertThat(report.fingers()).isEqualTo(2);
            });
            assertThat(gallery.identify(BiometricGalleryIT.fingers(10, 2), SearchOptions.defaults())
                            .hit())
                    .get()
                    .extracting(Candidate::reference)
                    .isEqualTo(kept.toString());
            assertThat(gallery.identify(BiometricGalleryIT.fingers(11, 2), SearchOptions.defaults())
                            .candidates())
                    .extracting(Candidate::reference)
                    .doesNotContain(removed.toString());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HuellaApplication.class)
                .run("--huella.data-dir=" + dataDir, "--server.port=0");
    }
}
