package mx.huella.employer.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers whose workers hit suspected duplicate identities unusually often. Each employer's count
 * is compared with what the rate over all employers would give it by chance (binomial upper tail);
 * below {@link #UNUSUAL} (and with at least {@link #MIN_HITS} workers hit) the employer is marked,
 * so a large employer is not flagged for its size nor a small one for a single hit.
 */
@Service
class DuplicateRateReport {
    static final double UNUSUAL = 1e-3;
    static final int MIN_HITS = 2;
    private final JdbcClient jdbc;
    private final mx.huella.audit.AuditLog audit;
    private final java.time.Clock clock;

    DuplicateRateReport(JdbcClient jdbc, mx.huella.audit.AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param chance the probability of at least this many workers hit if the employer's workers hit
     *     duplicates at the overall rate
     */
    public record EmployerRate(
            UUID employerId,
            String rfc,
            String legalName,
            long workers,
            long workersHit,
            double rate,
            double chance,
            boolean unusual) {}

    /** All employers with workers and at least one hit, most suspicious first; the overall rate first. */
    public record Report(long workers, long workersHit, double overallRate, List<EmployerRate> employers) {}

    /** The report, its reading audited like every view of duplicate-identity data. */
    @Transactional
    public Report report(mx.huella.audit.Actor reader) {
        audit.record(new mx.huella.audit.AuditEntry(
                clock.instant(), reader.name(), "EMPLOYER_DUPLICATE_REPORT_VIEWED", "", "SUCCESS", reader.channel()));
        return report();
    }

    @Transactional(readOnly = true)
    Report report() {
        List<Row> rows = jdbc.sql("""
            select m.id, m.rfc, m.legal_name, count(distinct e.person_id) as workers,
              count(distinct h.person_id) as hit
            from employer.employer m
            join employer.registro_patronal r on r.employer_id = m.id
            join employer.employment e on e.registro = r.registro
            left join employer.duplicate_hit h on h.person_id = e.person_id
            group by m.id, m.rfc, m.legal_name
            """)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("rfc"),
                        rs.getString("legal_name"),
                        rs.getLong("workers"),
                        rs.getLong("hit")))
                .list();
        long workers = rows.stream().mapToLong(Row::workers).sum();
        long hit = rows.stream().mapToLong(Row::hit).sum();
        double overall = workers == 0 ? 0 : (double) hit / workers;
        List<EmployerRate> employers = rows.stream()
                .filter(r -> r.hit() > 0)
                .map(r -> {
                    double chance = BinomialTail.atLeast(r.hit(), r.workers(), overall);
                    return new EmployerRate(
                            r.id(),
                            r.rfc(),
                            r.legalName(),
                            r.workers(),
                            r.hit(),
                            (double) r.hit() / r.workers(),
                            chance,
                            r.hit() >= MIN_HITS && chance < UNUSUAL);
                })
                .sorted(Comparator.comparingDouble(EmployerRate::chance).thenComparing(EmployerRate::legalName))
                .toList();
        return new Report(workers, hit, overall, employers);
    }

    private record Row(UUID id, String rfc, String legalName, long workers, long hit) {}
}
