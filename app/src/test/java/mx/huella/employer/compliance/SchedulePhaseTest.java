package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulePhaseTest {
    static Stream<Arguments> schedules() {
        return Generated.cases(300, List.of(Arguments.of(List.of())), random -> {
            List<SchedulePhase> phases = new ArrayList<>();
            for (int size = Generated.between(random, 0, 6); size > 0; size--) {
                phases.add(phase(random));
            }
            return Arguments.of(phases);
        });
    }

    /** Any text, and as many settings shaped like a schedule: impossible dates, ranges backwards, one character off. */
    static Stream<Arguments> settings() {
        return Generated.cases(
                1000,
                List.of(Arguments.of(""), Arguments.of(" ")),
                random -> Arguments.of(
                        random.nextBoolean() ? Generated.anyText(random, 0, 255) : nearlyASchedule(random)));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void aScheduleReadsBackAsItWasWritten(List<SchedulePhase> phases) {
        String setting =
                String.join(" , ", phases.stream().map(SchedulePhase::toString).toList());

        assertThat(SchedulePhase.parseAll(setting)).isEqualTo(phases);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void anythingElseIsRefusedWithAnIllegalArgumentOnly(String setting) {
        try {
            SchedulePhase.parseAll(setting);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining("schedule phase");
        }
    }

    @Test
    void aPhaseCoversTheNssOfItsSubdelegaciones() {
        List<SchedulePhase> phases = SchedulePhase.parseAll("2027-03-31:01-19, 2027-06-30:20, 2027-09-30:*");

        assertThat(phases.get(0).covers("01159001237")).isTrue();
        assertThat(phases.get(0).covers("20159001237")).isFalse();
        assertThat(phases.get(1).covers("20159001237")).isTrue();
        assertThat(phases.get(1).covers("21159001237")).isFalse();
        assertThat(phases.get(2).covers("99159001237")).isTrue();
        assertThat(phases.get(2).deadline()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(SchedulePhase.parseAll("  ")).isEmpty();
    }

    @Test
    void unreadablePhasesAreNamedInTheRefusal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchedulePhase.parseAll("2027-02-30:01"))
                .withMessageContaining("2027-02-30:01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchedulePhase.parseAll("2027-03-31:19-01"))
                .withMessageContaining("backwards");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchedulePhase.parseAll("2027-03-31:01-19,"))
                .withMessageContaining("is not DATE");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SchedulePhase.parseAll("31/03/2027:01"))
                .withMessageContaining("31/03/2027:01");
    }

    private static String nearlyASchedule(SplittableRandom random) {
        List<String> phases = new ArrayList<>();
        for (int size = Generated.between(random, 1, 3); size > 0; size--) {
            String subdelegaciones = random.nextInt(4) == 0
                    ? "*"
                    : digits(random, 2) + (random.nextBoolean() ? "-" + digits(random, 2) : "");
            phases.add(digits(random, 4) + "-" + digits(random, 2) + "-" + digits(random, 2) + ":" + subdelegaciones);
        }
        StringBuilder setting = new StringBuilder(String.join(", ", phases));
        if (random.nextBoolean()) {
            setting.setCharAt(random.nextInt(setting.length()), Generated.anyChar(random));
        }
        return setting.toString();
    }

    private static String digits(SplittableRandom random, int length) {
        return Generated.text(random, "0123456789", length, length);
    }

    private static SchedulePhase phase(SplittableRandom random) {
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(Generated.between(random, 0, 3_650));
        int a = Generated.between(random, 0, 99);
        int b = Generated.between(random, 0, 99);
        return new SchedulePhase(date, Math.min(a, b), Math.max(a, b));
    }
}
