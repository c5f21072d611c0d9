package mx.huella.registry;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;

/** Test fixtures: fictitious persons with valid, consistent and (in practice) unique identifiers. */
public final class Persons {
    private static final String[] GIVEN = {"Lucía", "Mateo", "Renata", "Emilio", "Ximena", "Bruno", "Paula", "Iker"};
    private static final String[] SURNAMES = {
        "Olvera", "Tapia", "Barrera", "Quintero", "Zamora", "Saldaña", "Villegas", "Ibáñez"
    };

    private Persons() {}

    /** A valid draft born on a random day between 1950 and 1999, with an NSS. */
    public static PersonDraft aPerson() {
        return aPerson(GIVEN[ThreadLocalRandom.current().nextInt(GIVEN.length)]);
    }

    /** As {@link #aPerson()}, with these given names (a name no other fixture uses finds just this person). */
    public static PersonDraft aPerson(String givenNames) {
        var random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        String given = givenNames;
        String first = SURNAMES[random.nextInt(SURNAMES.length)];
        String second = SURNAMES[random.nextInt(SURNAMES.length)];
        BirthState state = BirthState.values()[random.nextInt(BirthState.values().length)];
        Curp curp = Curp.compose(first, second, given, birth, sex, state, (char) ('0' + random.nextInt(10)));
        String nssBody = String.format(
                "%02d%02d%02d%04d", 1 + random.nextInt(98), 20, birth.getYear() % 100, random.nextInt(10_000));
        return new PersonDraft(
                curp.value(),
                nssBody + Nss.checkDigit(nssBody),
                given,
                first,
                second,
                birth.toString(),
                sex.code(),
                state.code(),
                "",
                "");
    }

    public static PersonDraft withCurp(PersonDraft draft, String curp) {
        return new PersonDraft(
                curp,
                draft.nss(),
                draft.givenNames(),
                draft.firstSurname(),
                draft.secondSurname(),
                draft.birthDate(),
                draft.sex(),
                draft.birthState(),
                draft.email(),
                draft.phone());
    }

    public static PersonDraft withNss(PersonDraft draft, String nss) {
        return new PersonDraft(
                draft.curp(),
                nss,
                draft.givenNames(),
                draft.firstSurname(),
                draft.secondSurname(),
                draft.birthDate(),
                draft.sex(),
                draft.birthState(),
                draft.email(),
                draft.phone());
    }

    public static PersonDraft withBirthDate(PersonDraft draft, String birthDate) {
        return new PersonDraft(
                draft.curp(),
                draft.nss(),
                draft.givenNames(),
                draft.firstSurname(),
                draft.secondSurname(),
                birthDate,
                draft.sex(),
                draft.birthState(),
                draft.email(),
                draft.phone());
    }

    /** The person as the API's request body fields. */
    public static java.util.Map<String, Object> requestFields(PersonDraft draft) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("curp", draft.curp());
        fields.put("nss", draft.nss());
        fields.put("givenNames", draft.givenNames());
        fields.put("firstSurname", draft.firstSurname());
        fields.put("secondSurname", draft.secondSurname());
        fields.put("birthDate", draft.birthDate());
        fields.put("sex", draft.sex());
        fields.put("birthState", draft.birthState());
        fields.put("email", draft.email());
        fields.put("phone", draft.phone());
        return fields;
    }
}
