package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import mx.huella.identifier.InvalidIdentifierException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NssTest {

    @ParameterizedTest
    @ValueSource(strings = {"92919084431", "84966311213", "01159001237", "39128504568", "43189978901"})
    void acceptsNssesWithTheRightLuhnDigit(String value) {
        assertThat(Nss.parse(value).value()).isEqualTo(value);
    }

    @Test
    void rejectsAWrongCheckDigitAtPosition11() {
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> Nss.parse("84966311215"));

        assertThat(e.rule()).isEqualTo(Rule.CHECK_DIGIT);
        assertThat(e.position()).isEqualTo(11);
        assertThat(e.expected()).contains("3");
    }

    @Test
    void acceptsABirthYearThatLooksLaterThanTheRegistrationYear() {
        // Registered in 2015, born in 1990: two-digit years cannot be compared.
        Nss nss = Nss.parse("01159001237");

        assertThat(nss.subdelegation()).isEqualTo("01");
        assertThat(nss.registrationYearDigits()).isEqualTo("15");
        assertThat(nss.birthYearDigits()).isEqualTo("90");
    }

    @ParameterizedTest
    @CsvSource({
        "9291908443, LENGTH, 0",
        "929190844311, LENGTH, 0",
        "92-91908443, NOT_A_DIGIT, 3",
        "9291908443A, NOT_A_DIGIT, 11"
    })
    void reportsTheFirstBrokenRuleWithItsPosition(String value, Rule rule, int position) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Nss.parse(value));

        assertThat(e.type()).isEqualTo(IdentifierType.NSS);
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void computesTheLuhnCheckDigit() {
        assertThat(Nss.checkDigit("9291908443")).isEqualTo('1');
    }
}
