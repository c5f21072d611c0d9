package mx.huella.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;
import mx.huella.registry.PersonDraft;

/**
 * Fictitious persons with internally consistent, valid identifiers: the CURP is composed from the
 * name, birth date, sex and state as RENAPO does, and the NSS carries a correct Luhn digit.
 */
public final class SyntheticPersons {
    private static final List<String> WOMEN = List.of(
            "María Fernanda",
            "Guadalupe",
            "Ana Sofía",
            "Ximena",
            "Valeria",
            "Rosa María",
            "Leticia",
            "Camila",
            "Daniela",
            "Patricia",
            "Verónica",
            "Itzel",
            "Mariana",
            "Alejandra",
            "Norma",
            "Yolanda",
            "Regina",
            "Paola");
    private static final List<String> MEN = List.of(
            "José Luis",
            "Juan Carlos",
            "Miguel Ángel",
            "Santiago",
            "Francisco",
            "Alejandro",
            "Jorge",
            "Luis Fernando",
            "Ricardo",
            "Emiliano",
            "Roberto",
            "Héctor",
            "Diego",
            "Sergio",
            "Arturo",
            "Mateo",
            "Raúl",
            "Eduardo");
    private static final List<String> SURNAMES = List.of(
            "Hernández",
            "García",
            "Martínez",
            "López",
            "González",
            "Rodríguez",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Cruz",
            "Flores",
            "Gómez",
            "Morales",
            "Vázquez",
            "Reyes",
            "Jiménez",
            "Torres",
            "Díaz",
            "Gutiérrez",
            "Ruiz",
            "Mendoza",
            "Aguilar",
            "Ortiz",
            "Moreno",
            "Castillo",
            "Romero",
            "Álvarez",
            "Méndez",
            "Chávez",
            "Rivera",
            "Juárez",
            "Domínguez",
            "Núñez",
            "Ibarra",
            "Ochoa",
            "Salazar",
            "Zúñiga",
            "Cervantes",
            "Velázquez",
            "Orozco");
    private static final String LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ";

    private final Random random;

    public SyntheticPersons(long seed) {
        this.random = new Random(seed);
    }

    /** Registers the next identity drawn, drawing again while the one drawn is taken. */
    public synchronized mx.huella.registry.Person registerNext(mx.huella.registry.PersonService persons) {
        while (true) {
            try {
                return persons.register(next(), mx.huella.audit.Actor.SYSTEM);
            } catch (mx.huella.registry.DuplicatePersonException drawnTwice) {
                // an identity already registered: draw another
            }
        }
    }

    PersonDraft next() {
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        String given = pick(sex == Sex.FEMALE ? WOMEN : MEN);
        String first = pick(SURNAMES);
        String second = random.nextInt(20) == 0 ? null : pick(SURNAMES);
        LocalDate birth = LocalDate.of(1945 + random.nextInt(62), 1, 1).plusDays(random.nextInt(365));
        BirthState state = random.nextInt(40) == 0 ? BirthState.fromCode("NE").orElseThrow() : pickState();
        char homonymy = birth.getYear() < 2000
                ? (char) ('0' + random.nextInt(10))
                : LETTERS.charAt(random.nextInt(LETTERS.length()));
        Curp curp = Curp.compose(first, second, given, birth, sex, state, homonymy);
        String nss = birth.getYear() > 2006 || random.nextInt(10) == 0
                ? ""
                : nssFor(birth).value();
        String email = random.nextInt(3) == 0 ? "" : mailbox(given, first) + "@correo.example";
        String phone = random.nextInt(3) == 0 ? "" : "55" + String.format("%08d", random.nextInt(100_000_000));
        return new PersonDraft(
                curp.value(), nss, given, first, second, birth.toString(), sex.code(), state.code(), email, phone);
    }

    private Nss nssFor(LocalDate birth) {
        int registered = Math.min(birth.getYear() + 16 + random.nextInt(12), 2025);
        String body = String.format(
                "%02d%02d%02d%04d",
                1 + random.nextInt(98), registered % 100, birth.getYear() % 100, random.nextInt(10_000));
        return Nss.parse(body + Nss.checkDigit(body));
    }

    private BirthState pickState() {
        List<BirthState> domestic = java.util.Arrays.stream(BirthState.values())
                .filter(s -> !s.code().equals("NE"))
                .toList();
        return domestic.get(random.nextInt(domestic.size()));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String mailbox(String given, String surname) {
        String plain =
                java.text.Normalizer.normalize(given.split(" ")[0] + "." + surname, java.text.Normalizer.Form.NFD);
        return plain.replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT) + random.nextInt(1000);
    }
}
