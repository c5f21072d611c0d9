package mx.huella.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.demo.SyntheticPersons;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.bulk.BulkUploads;
import mx.huella.employer.registration.EmployerService;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./huella bench bulk --rows N [--mode M] [--json]}: how fast a bulk file of N altas (one row
 * in a hundred bad) is processed end to end (parsing, checks, filing, seals, audit) in the embedded
 * PostgreSQL of its own data directory. The N synthetic workers are registered first, timed apart.
 */
@Component
@ConditionalOnProperty("huella.bench.bulk-rows")
class BulkUploadBenchmark implements ApplicationRunner {
    private final PersonService persons;
    private final EmployerService employers;
    private final BulkUploads uploads;
    private final ConfigurableApplicationContext context;
    private final int rows;
    private final BulkUploads.Mode mode;
    private final boolean json;

    BulkUploadBenchmark(
            PersonService persons,
            EmployerService employers,
            BulkUploads uploads,
            ConfigurableApplicationContext context,
            @Value("${huella.bench.bulk-rows}") int rows,
            @Value("${huella.bench.bulk-mode:VALID_ONLY}") BulkUploads.Mode mode,
            @Value("${huella.bench.json:false}") boolean json) {
        this.persons = persons;
        this.employers = employers;
        this.uploads = uploads;
        this.context = context;
        this.rows = rows;
        this.mode = mode;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        SyntheticPersons synthetic = new SyntheticPersons(System.nanoTime());
        List<Person> workers = new ArrayList<>(rows);
        while (workers.size() < rows) {
            workers.add(synthetic.registerNext(persons));
        }
        double registerSeconds = (System.nanoTime() - start) / 1e9;
        long run = Math.floorMod(System.nanoTime(), 9_000_000_000L);
        String registro = RegistroPatronal.parse("B%010d".formatted(run)).value();
        String body = "BEN" + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "K"
                + (char) ('1' + (int) (run % 9));
        employers.register(
                Rfc.parse(body + Rfc.checkDigit(body)),
                "Benchmark " + run,
                List.of(RegistroPatronal.parse(registro)),
                null,
                Actor.SYSTEM);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        StringBuilder csv = new StringBuilder("movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n");
        for (int i = 0; i < workers.size(); i++) {
            String sbc = i % 100 == 50 ? "1.00" : "450.00";
            csv.append("08,")
                    .append(workers.get(i).curp().value())
                    .append(",,1,0,")
                    .append(sbc)
                    .append(',');
            csv.append(today).append(",\n");
        }
        EmployerAccess staff = EmployerAccess.staff();
        UUID id = uploads.submit(
                registro, "bench.csv", csv.toString().getBytes(StandardCharsets.UTF_8), mode, staff, Actor.SYSTEM);
        long processStart = System.nanoTime();
        uploads.processQueuedNow();
        double processSeconds = (System.nanoTime() - processStart) / 1e9;
        BulkUploads.Status status = uploads.status(id, staff);
        String result = String.format(
                Locale.ROOT,
                "{\"rows\":%d,\"mode\":\"%s\",\"state\":\"%s\",\"accepted\":%d,\"rejected\":%d,\"registerSeconds\":%.1f,"
                        + "\"processSeconds\":%.1f,\"rowsPerSecond\":%.0f,\"cores\":%d}",
                status.totalRows(),
                mode,
                status.state(),
                status.acceptedRows(),
                status.rejectedRows(),
                registerSeconds,
                processSeconds,
                status.totalRows() / Math.max(1e-3, processSeconds),
                Runtime.getRuntime().availableProcessors());
        System.out.println(json ? result : result.replace(",\"", ",\n  \"").replace("{", "{\n  "));
        context.close();
    }
}
