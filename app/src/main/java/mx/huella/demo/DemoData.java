package mx.huella.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import mx.huella.audit.Actor;
import mx.huella.employer.EmployerService;
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
    private final PrintStream console = System.out;

    DemoData(DemoProperties properties, PersonService persons, EmployerService employers, StaffService staff) {
        this.properties = properties;
        this.persons = persons;
        this.employers = employers;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employers.count() == 0) {
            DemoEmployers.all()
                    .forEach(e ->
                            employers.register(e.rfc(), e.legalName(), e.registros(), e.contactEmail(), Actor.SYSTEM));
        }
        if (persons.count() == 0) {
            seedPersons();
        }
        printAccounts(provisionAccounts());
    }

    private void seedPersons() {
        var generator = new SyntheticPersons(properties.seed());
        int added = 0;
        for (int tries = 0; added < properties.persons() && tries < properties.persons() * 2; tries++) {
            try {
                persons.register(generator.next(), Actor.SYSTEM);
                added++;
            } catch (DuplicatePersonException sameCurpDrawnTwice) {
                // The generator drew an identity already taken; draw another.
            }
        }
        log.info("demo: registered {} synthetic persons", added);
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
                "demo.auditor",
                staff.provisionAccount("demo.auditor", "Auditoría (demo)", Set.of(Role.AUDITOR), Actor.SYSTEM));
        return passwords;
    }

    private void printAccounts(Map<String, String> passwords) {
        console.println();
        console.println("==================================================================");
        console.println("  Huella demo: " + persons.count() + " persons, " + employers.count() + " employers.");
        console.println(
                "  Sign in at the portal with one of these accounts (passwords are new at every --demo start):");
        passwords.forEach((user, password) -> console.printf("    %-15s %s%n", user, password));
        console.println("==================================================================");
        console.println();
    }
}
