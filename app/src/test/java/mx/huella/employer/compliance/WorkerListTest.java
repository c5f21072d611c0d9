package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.huella.employer.EmploymentState;
import mx.huella.employer.movement.Employment;
import mx.huella.employer.movement.SalaryType;
import mx.huella.employer.movement.WorkerType;
import mx.huella.enrollment.BiometricStatus;
import org.junit.jupiter.api.Test;

class WorkerListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final List<Employment> employments = new ArrayList<>();
    private final Map<UUID, BiometricStatus> statuses = new HashMap<>();

    @Test
    void countsEachWorkerUnderEveryFilterThatFitsIt() {
        worker(EmploymentState.ACTIVE, null, BiometricStatus.ENROLLED);
        worker(EmploymentState.PENDING_BIOMETRICS, TODAY.plusDays(3), BiometricStatus.PENDING);
        worker(EmploymentState.PENDING_BIOMETRICS, TODAY.plusDays(20), BiometricStatus.UNDER_REVIEW);
        worker(EmploymentState.ACTIVE, TODAY.minusDays(1), BiometricStatus.PENDING);
        worker(EmploymentState.TERMINATED, TODAY.minusDays(40), BiometricStatus.REJECTED);

        WorkerList list = WorkerList.of(employments, statuses, TODAY, WorkerList.Filter.ALL, 0);

        assertThat(list.counts())
                .containsEntry(WorkerList.Filter.ALL, 5L)
                .containsEntry(WorkerList.Filter.PENDING, 3L)
                .containsEntry(WorkerList.Filter.DUE_SOON, 1L)
                .containsEntry(WorkerList.Filter.RESTRICTED, 1L)
                .containsEntry(WorkerList.Filter.REVIEW, 1L);
    }

    @Test
    void aFilterShowsOnlyItsWorkersWithTheirBiometricStatus() {
        worker(EmploymentState.ACTIVE, null, BiometricStatus.ENROLLED);
        UUID held = worker(EmploymentState.PENDING_BIOMETRICS, TODAY.plusDays(20), BiometricStatus.UNDER_REVIEW);

        WorkerList list = WorkerList.of(employments, statuses, TODAY, WorkerList.Filter.REVIEW, 0);

        assertThat(list.rows()).singleElement().satisfies(row -> {
            assertThat(row.employment().personId()).isEqualTo(held);
            assertThat(row.biometric()).isEqualTo(BiometricStatus.UNDER_REVIEW);
        });
    }

    @Test
    void pagesHoldAHundredWorkersAndAPageBeyondTheLastShowsTheLast() {
        for (int i = 0; i < 250; i++) {
            worker(EmploymentState.ACTIVE, null, BiometricStatus.ENROLLED);
        }

        WorkerList second = WorkerList.of(employments, statuses, TODAY, WorkerList.Filter.ALL, 1);
        WorkerList beyond = WorkerList.of(employments, statuses, TODAY, WorkerList.Filter.ALL, 99);

        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.rows()).hasSize(100);
        assertThat(second.rows().get(0).employment()).isEqualTo(employments.get(100));
        assertThat(beyond.page()).isEqualTo(2);
        assertThat(beyond.rows()).hasSize(50);
    }

    @Test
    void anUnknownFilterNameShowsEveryone() {
        assertThat(WorkerList.Filter.of("<script>")).isEqualTo(WorkerList.Filter.ALL);
        assertThat(WorkerList.Filter.of("due-soon")).isEqualTo(WorkerList.Filter.DUE_SOON);
    }

    private UUID worker(EmploymentState state, LocalDate deadline, BiometricStatus status) {
        UUID person = UUID.randomUUID();
        employments.add(new Employment(
                UUID.randomUUID(),
                "K1100000011",
                person,
                "Trabajador " + employments.size(),
                "CURP",
                "NSS",
                state,
                WorkerType.PERMANENTE,
                SalaryType.FIJO,
                new BigDecimal("500.00"),
                TODAY.minusDays(60),
                Optional.empty(),
                Optional.ofNullable(deadline)));
        statuses.put(person, status);
        return person;
    }
}
