package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CurpCompositionPropertiesTest {

    @Property(tries = 300)
    void composesAValidCurpForAnyOrdinaryName(
            @ForAll("surnames") String firstSurname,
            @ForAll("optionalSurnames") String secondSurname,
            @ForAll("givenNames") String givenNames,
            @ForAll("dates") LocalDate birthDate,
            @ForAll Sex sex,
            @ForAll BirthState state,
            @ForAll("homonymyIndexes") int homonymyIndex) {
        char homonymy = birthDate.getYear() < 2000
                ? "0123456789".charAt(homonymyIndex % 10)
                : IdentifierArbitraries.LETTERS.charAt(homonymyIndex);

        Curp curp = Curp.compose(firstSurname, secondSurname, givenNames, birthDate, sex, state, homonymy);

        assertThat(Curp.parse(curp.value())).isEqualTo(curp);
        assertThat(curp.birthDate()).isEqualTo(birthDate);
        assertThat(curp.sex()).isEqualTo(sex);
        assertThat(curp.birthState()).isEqualTo(state);
        assertThat(curp.value().charAt(16)).isEqualTo(homonymy);
    }

    @Provide
    Arbitrary<String> surnames() {
        return Arbitraries.oneOf(
                Arbitraries.of(
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
                        "Y"),
                randomWords());
    }

    @Provide
    Arbitrary<String> optionalSurnames() {
        return Arbitraries.oneOf(surnames(), Arbitraries.of("", "  ").injectNull(0.5));
    }

    @Provide
    Arbitrary<String> givenNames() {
        return Arbitraries.oneOf(
                Arbitraries.of(
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
                        "Eréndira"),
                randomWords());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return IdentifierArbitraries.dates();
    }

    @Provide
    Arbitrary<Integer> homonymyIndexes() {
        return Arbitraries.integers().between(0, 25);
    }

    private static Arbitrary<String> randomWords() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnñopqrstuvwxyzáéíóúüABCDEÑ -.")
                .ofMinLength(1)
                .ofMaxLength(25)
                .filter(text -> text.codePoints().anyMatch(Character::isLetter));
    }
}
