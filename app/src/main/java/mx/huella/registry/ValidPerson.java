package mx.huella.registry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;

/** A draft that passed every rule, in typed form, ready to be stored. */
record ValidPerson(
        Curp curp,
        Optional<Nss> nss,
        String givenNames,
        String firstSurname,
        Optional<String> secondSurname,
        LocalDate birthDate,
        Sex sex,
        BirthState birthState,
        Optional<String> email,
        Optional<String> phone) {

    /** Upper-case, accent-free name words, so that a search for "perez" finds "Pérez". */
    String searchName() {
        return searchable(givenNames + " " + firstSurname + " " + secondSurname.orElse(""));
    }

    static String searchable(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
