package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CurpCompositionTest {

    private static final LocalDate BORN_1990 = LocalDate.of(1990, 1, 1);

    @Test
    void reproducesTheMadeUpCurpsOfTheDomainNotes() {
        assertThat(compose("Pérez", "García", "Juan", BORN_1990, Sex.MALE, BirthState.CIUDAD_DE_MEXICO, '0'))
                .isEqualTo("PEGJ900101HDFRRN09");
        assertThat(compose("López", "Martínez", "Ana", LocalDate.of(1985, 7, 15), Sex.FEMALE, BirthState.JALISCO, '0'))
                .isEqualTo("LOMA850715MJCPRN04");
        assertThat(compose(
                        "Ramírez", null, "Sofía", LocalDate.of(2005, 3, 22), Sex.FEMALE, BirthState.BORN_ABROAD, 'A'))
                .isEqualTo("RAXS050322MNEMXFA9");
        assertThat(compose(
                        "Gutiérrez",
                        "Torres",
                        "Luis",
                        LocalDate.of(2002, 11, 30),
                        Sex.NON_BINARY,
                        BirthState.NUEVO_LEON,
                        'B'))
                .isEqualTo("GUTL021130XNLTRSB1");
    }

    @Test
    void replacesPosition2WithXWhenTheInitialsSpellAnInconvenientWord() {
        assertThat(compose(
                        "Bueno",
                        "Estrada",
                        "Yesenia",
                        LocalDate.of(1980, 1, 1),
                        Sex.FEMALE,
                        BirthState.CIUDAD_DE_MEXICO,
                        '0'))
                .isEqualTo("BXEY800101MDFNSS08");
        assertThat(compose("Pérez", "Domínguez", "Óscar", BORN_1990, Sex.MALE, BirthState.PUEBLA, '0'))
                .startsWith("PXDO");
    }

    @Test
    void skipsMariaAndJoseWhenAnotherGivenNameFollows() {
        assertThat(compose("López", "Soto", "María Guadalupe", BORN_1990, Sex.FEMALE, BirthState.JALISCO, '0'))
                .startsWith("LOSG")
                .matches(".{15}D.{2}");
        assertThat(compose("López", "Soto", "Ma. Elena", BORN_1990, Sex.FEMALE, BirthState.JALISCO, '0'))
                .startsWith("LOSE");
        assertThat(compose("López", "Soto", "José Luis", BORN_1990, Sex.MALE, BirthState.JALISCO, '0'))
                .startsWith("LOSL");
        assertThat(compose("López", "Soto", "José", BORN_1990, Sex.MALE, BirthState.JALISCO, '0'))
                .startsWith("LOSJ");
    }

    @Test
    void skipsParticlesOfCompoundSurnamesAndGivenNames() {
        assertThat(compose(
                        "de la Cruz",
                        "del Valle",
                        "María de los Ángeles",
                        BORN_1990,
                        Sex.FEMALE,
                        BirthState.OAXACA,
                        '0'))
                .startsWith("CUVA")
                .matches(".{13}RLN.{2}");
    }

    @Test
    void readsEnyeAsX() {
        assertThat(compose("Ñúñez", "Muñoz", "Iñaki", BORN_1990, Sex.MALE, BirthState.SONORA, '0'))
                .startsWith("XUMI")
                .matches(".{13}XXX.{2}");
    }

    @Test
    void usesXWhenAnInternalVowelOrConsonantIsMissing() {
        assertThat(compose("Ek", "Ux", "Ia", BORN_1990, Sex.MALE, BirthState.YUCATAN, '0'))
                .startsWith("EXUI")
                .matches(".{13}KXX.{2}");
    }

    @Test
    void rejectsAHomonymyCharacterThatContradictsTheBirthCentury() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        compose("Pérez", "García", "Juan", BORN_1990, Sex.MALE, BirthState.CIUDAD_DE_MEXICO, 'A'));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> compose(
                        "Pérez",
                        "García",
                        "Juan",
                        LocalDate.of(2001, 1, 1),
                        Sex.MALE,
                        BirthState.CIUDAD_DE_MEXICO,
                        '0'));
    }

    @Test
    void rejectsBirthYearsACurpCannotEncode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> compose(
                        "Pérez",
                        "García",
                        "Juan",
                        LocalDate.of(1899, 12, 31),
                        Sex.MALE,
                        BirthState.CIUDAD_DE_MEXICO,
                        '0'));
    }

    @Test
    void rejectsNamesWithoutLetters() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> compose("  ", "García", "Juan", BORN_1990, Sex.MALE, BirthState.CIUDAD_DE_MEXICO, '0'));
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> compose("Pérez", "García", "123", BORN_1990, Sex.MALE, BirthState.CIUDAD_DE_MEXICO, '0'));
    }

    private static String compose(
            String firstSurname,
            String secondSurname,
            String givenNames,
            LocalDate birthDate,
            Sex sex,
            BirthState state,
            char homonymy) {
        return Curp.compose(firstSurname, secondSurname, givenNames, birthDate, sex, state, homonymy)
                .value();
    }
}
