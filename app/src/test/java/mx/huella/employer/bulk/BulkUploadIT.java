package mx.huella.employer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.Nss;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class BulkUploadIT extends RunningPortal {
    private static final String HEADER = "movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n";

    @Autowired
    EmployerService employers;

    @Autowired
    PersonService persons;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(MovementDates.ZONE);

    @Test
    void validRowsAreFiledTheRejectedOnesReportedByLineAndFieldAndAReuploadFilesNothingTwice() {
        ApiClient operator = operator("bulk.operator");
        String registro = employer("BUL251101K7", "K2200000011");
        List<Person> workers = RegisteredWorkers.register(persons, 30);
        StringBuilder csv = new StringBuilder(HEADER);
        for (Person worker : workers) {
            csv.append("08,")
                    .append(worker.curp().value())
                    .append(",,1,0,450.00,")
                    .append(today)
                    .append(",\n");
        }
        csv.append("08,")
                .append(workers.getFirst().curp().value())
                .append(",,1,0,1.00,")
                .append(today)
                .append(",\n"); // line 32
        csv.append("08,PEGJ900101HDFRRN09,,1,0,450.00,").append(today).append(",\n"); // line 33: not registered
        csv.append("08,").append(workers.get(1).curp().value()).append(",,1,0,450.00,31/02/2026,\n"); // line 34
        csv.append("09,")
                .append(workers.get(2).curp().value())
                .append(",,1,0,450.00,")
                .append(today)
                .append(",\n"); // 35
        csv.append("02,,")
                .append(workers.get(3).nss().map(Nss::value).orElseThrow())
                .append(",,,,")
                .append(today)
                .append(",2\n"); // 36: a baja
        csv.append("07,")
                .append(workers.get(4).curp().value())
                .append(",,,,600.00,")
                .append(today)
                .append(",\n"); // 37: pending biometrics, no salary change yet

        JsonNode first = processed(operator, registro, csv.toString(), "VALID_ONLY");
        String errors = errorsOf(operator, first);
        JsonNode again = processed(operator, registro, csv.toString(), "VALID_ONLY");

        assertThat(first.get("state").asString()).isEqualTo("DONE");
        assertThat(first.get("totalRows").asInt()).isEqualTo(36);
        assertThat(first.get("rejectedRows").asInt()).isEqualTo(5);
        assertThat(errors.lines()
                        .skip(1)
                        .map(l -> l.substring(0, l.indexOf(",\"", l.indexOf(',') + 1)))
                        .toList())
                .containsExactly("32,\"sbc\"", "33,\"curp\"", "34,\"fecha\"", "35,\"movimiento\"", "37,\"movimiento\"");
        assertThat(errors).contains("El SBC es menor que el salario mínimo", "La relación laboral no está activa");
        assertThat(errors)
                .as("reasons read in Spanish, values included")
                .contains("es menor que el salario mínimo de", "La columna fecha debe ser una fecha AAAA-MM-DD")
                .doesNotContain("must be", "is below");
        assertThat(first.get("acceptedRows").asInt()).isEqualTo(31);
        assertThat(again.get("acceptedRows").asInt()).isZero();
        assertThat(again.get("repeatedRows").asInt()).isEqualTo(31);
        assertThat(again.get("rejectedRows").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from employer.employment where registro = :r")
                        .param("r", registro)
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from employer.employment where registro = :r and state = 'TERMINATED'")
                        .param("r", registro)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSalaryChangeOfAnEnrolledWorkerUploadedTwiceIsFiledOnceAndReportedAsRepeated() {
        ApiClient operator = operator("bulk.operator4");
        String registro = employer("BUS251101K7", "K2200000041");
        Enrollments enrollments = new Enrollments(operator);
        String person = enrollments.registerPerson();
        assertThat(enrollments.enrollTenFingers(person, 96_000, 0)).isEqualTo("ENROLLED");
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        String csv = HEADER + "08," + curp + ",,1,0,450.00," + today.minusDays(10) + ",\n" + "07," + curp
                + ",,,,620.00," + today + ",\n";

        JsonNode first = processed(operator, registro, csv, "VALID_ONLY");
        JsonNode again = processed(operator, registro, csv, "VALID_ONLY");

        assertThat(first.get("acceptedRows").asInt()).isEqualTo(2);
        assertThat(again.get("acceptedRows").asInt()).isZero();
        assertThat(again.get("repeatedRows").asInt()).isEqualTo(2);
        assertThat(again.get("rejectedRows").asInt()).isZero();
        assertThat(jdbc.sql("""
                        select kind from employer.movement m join employer.employment e on e.id = m.employment_id
                        where e.registro = :r order by m.folio
                        """).param("r", registro).query(String.class).list())
                .containsExactly("ALTA", "MODIFICACION_SALARIO");
    }

    @Test
    void allOrNothingFilesNothingWhenARowIsRejected() {
        ApiClient operator = operator("bulk.operator2");
        String registro = employer("BUN251101K7", "K2200000021");
        List<Person> workers = RegisteredWorkers.register(persons, 5);
        StringBuilder csv = new StringBuilder(HEADER);
        for (Person worker : workers) {
            csv.append("ALTA,")
                    .append(worker.curp().value())
                    .append(",,1,0,450.00,")
                    .append(today)
                    .append(",\n");
        }
        csv.append("ALTA,")
                .append(workers.getFirst().curp().value())
                .append(",,1,0,99999.00,")
                .append(today)
                .append(",\n");

        JsonNode rejected = processed(operator, registro, csv.toString(), "ALL_OR_NOTHING");
        JsonNode fixed = processed(operator, registro, csv.substring(0, csv.lastIndexOf("ALTA,")), "ALL_OR_NOTHING");

        assertThat(rejected.get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectedRows").asInt()).isEqualTo(1);
        assertThat(fixed.get("state").asString()).isEqualTo("DONE");
        assertThat(fixed.get("acceptedRows").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from employer.employment where registro = :r")
                        .param("r", registro)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void anUnreadableFileIsRejectedWithItsReason() {
        ApiClient operator = operator("bulk.operator3");
        String registro = employer("BUX251101K7", "K2200000031");

        JsonNode noHeader = processed(operator, registro, "curp,sbc\nX,1\n", "VALID_ONLY");
        JsonNode notUtf8 = processed(operator, registro, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "VALID_ONLY");

        assertThat(noHeader.get("state").asString()).isEqualTo("REJECTED");
        assertThat(errorsOf(operator, noHeader)).contains("movimiento");
        assertThat(notUtf8.get("state").asString()).isEqualTo("REJECTED");
    }

    private JsonNode processed(ApiClient client, String registro, String csv, String mode) {
        return processed(client, registro, csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    private JsonNode processed(ApiClient client, String registro, byte[] csv, String mode) {
        Reply submitted =
                client.postBytes("/api/v1/registros/" + registro + "/bulk-uploads?mode=" + mode, csv, "text/csv");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        return Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(
                        () -> client.get("/api/v1/bulk-uploads/" + id).json(),
                        status -> status.get("finishedAt") != null
                                && !status.get("finishedAt").isNull());
    }

    private static String errorsOf(ApiClient client, JsonNode upload) {
        return new String(
                client.download("/api/v1/bulk-uploads/" + upload.get("id").asString() + "/errors", "text/csv"),
                StandardCharsets.UTF_8);
    }

    private ApiClient operator(String name) {
        return new ApiClient(baseUrl(), name, accountWith(name, Role.OPERATOR));
    }

    private String employer(String rfcBody, String registro) {
        employers.register(
                Rfc.parse(rfcBody + Rfc.checkDigit(rfcBody)),
                "Cargas " + rfcBody,
                List.of(RegistroPatronal.parse(registro)),
                null,
                Actor.SYSTEM);
        return registro;
    }
}
