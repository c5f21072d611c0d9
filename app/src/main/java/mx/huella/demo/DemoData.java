package mx.huella.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import mx.huella.audit.Actor;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.movement.MovementService;
import mx.huella.employer.movement.SalaryType;
import mx.huella.employer.movement.WorkerType;
import mx.huella.employer.registration.EmployerService;
import mx.huella.registry.DuplicatePersonException;
import mx.huella.registry.PersonService;
import mx.huella.staff.Role;
import mx.huella.staff.StaffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on start: employers and persons once (the data directory keeps them), and a staff
 * account per role with a fresh password at every demo start, printed so the portal can be explored
 * at once.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("huella.demo.enabled")
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final PersonService persons;
    private final EmployerService employers;
    private final StaffService staff;
    private final MovementService movements;
    private final DemoEfirmas efirmas;
    private final PrintStream console = System.out;

    DemoData(
            DemoProperties properties,
            PersonService persons,
            EmployerService employers,
            StaffService staff,
            MovementService movements,
            @org.springframework.beans.factory.annotation.Value("${huella.data-dir}") java.nio.file.Path dataDir) {
        this.properties = properties;
        this.persons = persons;
        this.employers = employers;
        this.staff = staff;
        this.movements = movements;
        this.efirmas = new DemoEfirmas(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employers.count() == 0) {
            DemoEmployers.all()
                    .forEach(e ->
                            employers.register(e.rfc(), e.legalName(), e.registros(), e.contactEmail(), Actor.SYSTEM));
        }
        if (persons.count() == 0) {
            hire(seedPersons());
        }
        java.nio.file.Path efirmaFiles = efirmas.ensure(DemoEmployers.all());
        printAccounts(provisionAccounts(), efirmaFiles);
    }

    /** Every tenth demo person is hired by a demo employer: altas pending biometrics to follow in the portal. */
    private void hire(java.util.List<mx.huella.registry.Person> seeded) {
        var registros = DemoEmployers.all().stream()
                .flatMap(e -> e.registros().stream())
                .toList();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
        for (int i = 0; i < seeded.size(); i += 10) {
            var person = seeded.get(i);
            movements.hire(
                    registros.get((i / 10) % registros.size()).value(),
                    new MovementService.Hire(
                            person.curp().value(),
                            null,
                            WorkerType.PERMANENTE,
                            SalaryType.FIJO,
                            new java.math.BigDecimal("450.00"),
                            today.minusDays(i % 20),
                            "demo:" + person.id()),
                    EmployerAccess.staff(),
                    Actor.SYSTEM);
        }
    }

    private java.util.List<mx.huella.registry.Person> seedPersons() {
        var generator = new SyntheticPersons(properties.seed());
        java.util.List<mx.huella.registry.Person> seeded = new java.util.ArrayList<>();
        int added = 0;
        for (int tries = 0; added < properties.persons() && tries < properties.persons() * 2; tries++) {
            try {
                seeded.add(persons.register(generator.next(), Actor.SYSTEM));
                added++;
            } catch (DuplicatePersonException sameCurpDrawnTwice) {
                // The generator drew an identity already taken; draw another.
            }
        }
        log.info("demo: registered {} synthetic persons", added);
        return seeded;
    }

    private Map<String, String> provisionAccounts() {
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(
                "demo.admin",
                staff.provisionAccount("demo.admin", "Administración (demo)", Set.of(Role.ADMIN), Actor.SYSTEM));
        passwords.put(
                "demo.operador",
                staff.provisionAccount(
                        "demo.operador", "Operador de enrolamiento (demo)", Set.of(Role.OPERATOR), Actor.SYSTEM));
        passwords.put(
                "demo.analista",
                staff.provisionAccount(
                        "demo.analista", "Analista de fraude (demo)", Set.of(Role.ANALYST), Actor.SYSTEM));
        passwords.put(
                "demo.supervisor",
                staff.provisionAccount(
                        "demo.supervisor",
                        "Supervisión de enrolamiento (demo)",
                        Set.of(Role.SUPERVISOR),
                        Actor.SYSTEM));
        passwords.put(
                "demo.auditor",
                staff.provisionAccount("demo.auditor", "Auditoría (demo)", Set.of(Role.AUDITOR), Actor.SYSTEM));
        return passwords;
    }

    private void printAccounts(Map<String, String> passwords, java.nio.file.Path efirmaFiles) {
        console.println();
        console.println("==================================================================");
        console.println("  Huella demo: " + persons.count() + " persons, " + employers.count() + " employers.");
        console.println(
                "  Sign in at the portal with one of these accounts (passwords are new at every --demo start):");
        passwords.forEach((user, password) -> console.printf("    %-15s %s%n", user, password));
        console.println("  Employer portal (/empresa/login): the demo employers' e.firma files are in");
        console.println("    " + efirmaFiles.toAbsolutePath() + "  (<RFC>.cer and <RFC>.key, password "
                + DemoEfirmas.PASSWORD + ")");
        console.println("==================================================================");
        console.println();
    }
}
