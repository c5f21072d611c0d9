package mx.huella.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import mx.huella.identifier.Nss;

/** A person as the API returns it; absent optional fields are null. */
record PersonResponse(
        UUID id,
        String curp,
        String nss,
        String givenNames,
        String firstSurname,
        String secondSurname,
        LocalDate birthDate,
        String sex,
        String birthState,
        String email,
        String phone,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static PersonResponse of(Person person) {
        return new PersonResponse(
                person.id(),
                person.curp().value(),
                person.nss().map(Nss::value).orElse(null),
                person.givenNames(),
                person.firstSurname(),
                person.secondSurname().orElse(null),
                person.birthDate(),
                person.sex().code(),
                person.birthState().code(),
                person.email().orElse(null),
                person.phone().orElse(null),
                person.version(),
                person.createdAt(),
                person.updatedAt());
    }
}
