package mx.huella.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;

/**
 * A registered person as stored.
 *
 * @param version increases by one with every update; an update must name the version it read
 */
public record Person(
        UUID id,
        Curp curp,
        Optional<Nss> nss,
        String givenNames,
        String firstSurname,
        Optional<String> secondSurname,
        LocalDate birthDate,
        Sex sex,
        BirthState birthState,
        Optional<String> email,
        Optional<String> phone,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** Full name in the Mexican order: given names, first surname, second surname. */
    public String fullName() {
        return secondSurname
                .map(second -> givenNames + " " + firstSurname + " " + second)
                .orElse(givenNames + " " + firstSurname);
    }
}
