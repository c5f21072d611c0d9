package mx.huella.identifier;

import static mx.huella.generated.Generated.between;
import static mx.huella.generated.Generated.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CurpCompositionPropertiesTest {

    private static final List<String> SURNAMES = List.of(
            "Pérez",
            "García",
            "de la Cruz",
            "del Valle",
            "Muñoz",
            "Ek",
            "Ñúñez",
            "Mc Gregor",
            "Ortiz-Mena",
            "O'Higgins",
            "Van der Berg",
            "Güemes",
            "Ávila",
            "Uc",
            "Y");
    private static final List<String> GIVEN_NAMES = List.of(
            "Juan",
            "María",
            "María Guadalupe",
            "José Luis",
            "Ma. Elena",
            "J. Jesús",
            "María de los Ángeles",
            "Iñaki",
            "Ana Sofía",
            "José",
            "Úrsula",
            "Eréndira");

    static Stream<Arguments> people() {
        return Generated.cases(
                300,
                random -> Arguments.of(
                        surname(random),
                        optionalSurname(random),
                        random.nextBoolean() ? oneOf(random, GIVEN_NAMES) : randomWords(random),
                        ValidIdentifiers.date(random),
                        oneOf(random, List.of(Sex.values())),
                        oneOf(random, List.of(BirthState.values())),
                        between(random, 0, 25)));
    }

    @ParameterizedTest
    @MethodSource("people")
    void composesAValidCurpForAnyOrdinaryName(
            String firstSurname,
            String secondSurname,
            String givenNames,
            LocalDate birthDate,
            Sex sex,
            BirthState state,
            int homonymyIndex) {
        char homonymy = birthDate.getYear() < 2000
                ? "0123456789".charAt(homonymyIndex % 10)
                : ValidIdentifiers.LETTERS.charAt(homonymyIndex);

        Curp curp = Curp.compose(firstSurname, secondSurname, givenNames, birthDate, sex, state, homonymy);

        assertThat(Curp.parse(curp.value())).isEqualTo(curp);
        assertThat(curp.birthDate()).isEqualTo(birthDate);
        assertThat(curp.sex()).isEqualTo(sex);
        assertThat(curp.birthState()).isEqualTo(state);
        assertThat(curp.value().charAt(16)).isEqualTo(homonymy);
    }

    private static String surname(SplittableRandom random) {
        return random.nextBoolean() ? oneOf(random, SURNAMES) : randomWords(random);
    }

    /** Half the time a surname, otherwise none: absent, empty or blank. */
    private static String optionalSurname(SplittableRandom random) {
        if (random.nextBoolean()) {
            return surname(random);
        }
        return random.nextBoolean() ? null : oneOf(random, List.of("", "  "));
    }

    /** Words with at least one letter. */
    private static String randomWords(SplittableRandom random) {
        String words;
        do {
            words = Generated.text(random, "abcdefghijklmnñopqrstuvwxyzáéíóúüABCDEÑ -.", 1, 25);
        } while (words.codePoints().noneMatch(Character::isLetter));
        return words;
    }
}
