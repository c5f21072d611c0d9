package mx.huella.employer.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phase of the enrollment schedule of existing workers: those whose NSS starts with a subdelegación
 * from {@code first} to {@code last} (two digits each) must enroll by {@code deadline}.
 */
record SchedulePhase(LocalDate deadline, int first, int last) {
    private static final Pattern PHASE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}):(?:(\\*)|(\\d{2})(?:-(\\d{2}))?)");

    public SchedulePhase {
        if (first < 0 || last > 99 || first > last) {
            throw new IllegalArgumentException("subdelegaciones run from 00 to 99, the first not after the last");
        }
    }

    /** Whether a worker with this NSS (11 digits) is in the phase. */
    public boolean covers(String nss) {
        int subdelegacion = Integer.parseInt(nss.substring(0, 2));
        return subdelegacion >= first && subdelegacion <= last;
    }

    /** The phase as the setting writes it: {@code 2027-03-31:01-19}, or {@code 2027-09-30:*} for every worker. */
    @Override
    public String toString() {
        return deadline + ":" + (first == 0 && last == 99 ? "*" : "%02d-%02d".formatted(first, last));
    }

    /**
     * The phases of a setting: comma-separated {@code YYYY-MM-DD:SS-SS}, {@code YYYY-MM-DD:SS} or
     * {@code YYYY-MM-DD:*}; blank for none.
     *
     * @throws IllegalArgumentException naming the first phase that cannot be read, and why
     */
    public static List<SchedulePhase> parseAll(String setting) {
        List<SchedulePhase> phases = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            return phases;
        }
        for (String text : setting.split(",", -1)) {
            String phase = text.strip();
            Matcher m = PHASE.matcher(phase);
            if (!m.matches()) {
                throw new IllegalArgumentException("schedule phase '" + phase
                        + "' is not DATE:SS-SS, DATE:SS or DATE:* (for example 2027-03-31:01-19)");
            }
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("schedule phase '" + phase + "' has no valid date");
            }
            if (m.group(2) != null) {
                phases.add(new SchedulePhase(deadline, 0, 99));
            } else {
                int first = Integer.parseInt(m.group(3));
                int last = m.group(4) == null ? first : Integer.parseInt(m.group(4));
                if (first > last) {
                    throw new IllegalArgumentException(
                            "schedule phase '" + phase + "' names its subdelegaciones backwards");
                }
                phases.add(new SchedulePhase(deadline, first, last));
            }
        }
        return phases;
    }
}
