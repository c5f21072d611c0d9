package mx.huella.employer.bulk;

import java.util.ArrayList;
import java.util.List;
import mx.huella.audit.Actor;
import mx.huella.registry.DuplicatePersonException;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;

/** Registers many fictitious workers straight through the registry service, for bulk-file tests. */
public final class RegisteredWorkers {
    private RegisteredWorkers() {}

    public static List<Person> register(PersonService persons, int count) {
        List<Person> registered = new ArrayList<>(count);
        while (registered.size() < count) {
            try {
                registered.add(persons.register(Persons.aPerson(), Actor.SYSTEM));
            } catch (DuplicatePersonException e) {
                // A random CURP or NSS already taken: draw another person.
            }
        }
        return registered;
    }
}
