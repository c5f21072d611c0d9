package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SchedulePhaseTest {
    @Property(tries = 300)
    void aScheduleReadsBackAsItWasWritten(@ForAll @Size(max = 6) List<@From("phases") SchedulePhase> phases) {
        String setting =
                String.join(" , ", phases.stream().map(SchedulePhase::toString).toList());

        assertThat(SchedulePhase.parseAll(setting)).isEqualTo(phases);
    }

    @Property(tries = 1000)
    void anythingElseIsRefusedWithAnIllegalArgumentOnly(@ForAll String setting) {
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

    @Provide
    Arbitrary<SchedulePhase> phases() {
        Arbitrary<LocalDate> dates = Arbitraries.integers()
                .between(0, 3_650)
                .map(days -> LocalDate.of(2026, 1, 1).plusDays(days));
        Arbitrary<Integer> firsts = Arbitraries.integers().between(0, 99);
        return Combinators.combine(dates, firsts, Arbitraries.integers().between(0, 99))
                .as((date, a, b) -> new SchedulePhase(date, Math.min(a, b), Math.max(a, b)));
    }
}
