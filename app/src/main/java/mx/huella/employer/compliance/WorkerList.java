package mx.huella.employer.compliance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import mx.huella.employer.EmploymentState;
import mx.huella.employer.movement.BiometricDeadlines;
import mx.huella.employer.movement.Employment;
import mx.huella.enrollment.BiometricStatus;

/**
 * One registro's workers as the compliance view shows them: each employment with its worker's
 * biometric status, how many fall under each filter, and one page of the chosen filter.
 */
record WorkerList(List<Row> rows, Map<Filter, Long> counts, Filter filter, int page, int pages) {
    static final int PAGE_SIZE = 100;

    /** What the employer asked to see. */
    public enum Filter {
        ALL,
        /** Not yet enrolled, employment not ended. */
        PENDING,
        /** Deadline within {@value BiometricDeadlines#DUE_SOON_DAYS} days. */
        DUE_SOON,
        /** Deadline passed: restricted. */
        RESTRICTED,
        /** Held by an analyst, or rejected, employment not ended: not fixed by sending the worker to enroll. */
        REVIEW;

        /** The filter a request names, ALL for anything else. */
        static Filter of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return ALL;
            }
        }
    }

    /** An employment beside its worker's biometric status. */
    public record Row(Employment employment, BiometricStatus biometric) {}

    static WorkerList of(
            List<Employment> employments,
            Map<UUID, BiometricStatus> statuses,
            LocalDate today,
            Filter filter,
            int page) {
        List<Row> all = employments.stream()
                .map(e -> new Row(e, statuses.getOrDefault(e.personId(), BiometricStatus.PENDING)))
                .toList();
        Map<Filter, Long> counts = new EnumMap<>(Filter.class);
        for (Filter each : Filter.values()) {
            counts.put(each, all.stream().filter(test(each, today)).count());
        }
        List<Row> chosen = all.stream().filter(test(filter, today)).toList();
        int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 0, pages - 1);
        return new WorkerList(
                chosen.subList(shown * PAGE_SIZE, Math.min(chosen.size(), (shown + 1) * PAGE_SIZE)),
                counts,
                filter,
                shown,
                pages);
    }

    private static Predicate<Row> test(Filter filter, LocalDate today) {
        return switch (filter) {
            case ALL -> row -> true;
            case PENDING ->
                row -> row.employment().state() != EmploymentState.TERMINATED
                        && row.biometric() != BiometricStatus.ENROLLED;
            case DUE_SOON ->
                row -> row.employment()
                        .biometricDeadline()
                        .filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(BiometricDeadlines.DUE_SOON_DAYS)))
                        .isPresent();
            case RESTRICTED ->
                row -> row.employment().state() != EmploymentState.TERMINATED
                        && row.employment()
                                .biometricDeadline()
                                .filter(d -> d.isBefore(today))
                                .isPresent();
            case REVIEW ->
                row -> row.employment().state() != EmploymentState.TERMINATED
                        && (row.biometric() == BiometricStatus.UNDER_REVIEW
                                || row.biometric() == BiometricStatus.REJECTED);
        };
    }
}
