package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import mx.huella.identifier.InvalidIdentifierException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistroPatronalTest {

    @Test
    void acceptsTheHyphenatedFormAndFormatsItBack() {
        RegistroPatronal registro = RegistroPatronal.parse("A12-34567-10-1");

        assertThat(registro.value()).isEqualTo("A1234567101");
        assertThat(registro.toString()).isEqualTo("A1234567101");
        assertThat(registro.formatted()).isEqualTo("A12-34567-10-1");
    }

    @Test
    void acceptsSpacesAndLowerCase() {
        assertThat(RegistroPatronal.parse(" y60 99999 40 8 ")).isEqualTo(RegistroPatronal.parse("Y6099999408"));
    }

    @ParameterizedTest
    @CsvSource({
        "A12-34567-10, LENGTH, 0",
        "112-34567-10-1, NOT_A_LETTER, 1",
        "A12-3456X-10-1, NOT_A_DIGIT, 8",
        "' - ', BLANK, 0"
    })
    void reportsTheFirstBrokenRuleCountingCharactersWithoutSeparators(String value, Rule rule, int position) {
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> RegistroPatronal.parse(value));

        assertThat(e.type()).isEqualTo(IdentifierType.REGISTRO_PATRONAL);
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.position()).isEqualTo(position);
    }
}
