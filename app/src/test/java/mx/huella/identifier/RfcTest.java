package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import mx.huella.identifier.InvalidIdentifierException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RfcTest {

    @ParameterizedTest
    @CsvSource({
        "GODE561231GR8, PERSONA_FISICA",
        "MAB9307148T4, PERSONA_MORAL",
        "OME910101TA3, PERSONA_MORAL",
        "BOSF740624T74, PERSONA_FISICA",
        "SAT970701NN3, PERSONA_MORAL",
        "IMS421231I45, PERSONA_MORAL",
        "PEGJ900101LN6, PERSONA_FISICA",
        "ABC200115R47, PERSONA_MORAL"
    })
    void acceptsRfcsWithTheRightCheckDigitWithoutWarning(String value, Rfc.Kind kind) {
        Rfc rfc = Rfc.parse(value);

        assertThat(rfc.kind()).isEqualTo(kind);
        assertThat(rfc.warnings()).isEmpty();
        assertThat(rfc.checkDigitMatches()).isTrue();
        assertThat(rfc.isGeneric()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"VACE460910SX6, 13, 6, 5", "FNI970829JR9, 12, 9, 3", "RTO840921RE4, 12, 4, 2"})
    void acceptsRfcsWithAWrongCheckDigitButWarns(String value, int position, String found, String expected) {
        Rfc rfc = Rfc.parse(value);

        assertThat(rfc.checkDigitMatches()).isFalse();
        assertThat(rfc.warnings())
                .containsExactly(new IdentifierWarning(
                        IdentifierType.RFC, position, IdentifierWarning.Code.CHECK_DIGIT_MISMATCH, found, expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAXX010101000", "XEXX010101000", "xaxx010101000"})
    void acceptsGenericRfcsAsPersonasFisicasWithoutWarning(String value) {
        Rfc rfc = Rfc.parse(value);

        assertThat(rfc.isGeneric()).isTrue();
        assertThat(rfc.kind()).isEqualTo(Rfc.Kind.PERSONA_FISICA);
        assertThat(rfc.warnings()).isEmpty();
        assertThat(rfc.checkDigitMatches()).isTrue();
    }

    @Test
    void acceptsEnyeAndAmpersandInTheNameLetters() {
        String fisica = "ÑA&O900101AB";
        String moral = "A&Ñ900101AB";

        assertThat(Rfc.parse(fisica + Rfc.checkDigit(fisica)).warnings()).isEmpty();
        assertThat(Rfc.parse(moral.toLowerCase(Locale.ROOT) + Rfc.checkDigit(moral))
                        .value())
                .isEqualTo(moral + Rfc.checkDigit(moral));
    }

    @Test
    void acceptsFebruary29OnlyInYearsDivisibleByFour() {
        String leap = "ABCD000229AB";
        String notLeap = "ABCD010229AB";

        assertThat(Rfc.parse(leap + Rfc.checkDigit(leap)).warnings()).isEmpty();
        InvalidIdentifierException e = catchThrowableOfType(
                InvalidIdentifierException.class, () -> Rfc.parse(notLeap + Rfc.checkDigit(notLeap)));
        assertThat(e.rule()).isEqualTo(Rule.INVALID_DAY);
        assertThat(e.position()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
        "GODE561231G, RFC_LENGTH, 0",
        // Twelve characters make a moral, whose fourth character must be a digit.
        "GODE561231GR, NOT_A_DIGIT, 4",
        "GODE561231GR8X, RFC_LENGTH, 0",
        "GO-E561231GR8, NOT_A_LETTER_OR_AMPERSAND, 3",
        "GODEX61231GR8, NOT_A_DIGIT, 5",
        "GODE561331GR8, INVALID_MONTH, 7",
        "GODE560431GR8, INVALID_DAY, 9",
        "GODE561231WR8, INVALID_HOMOCLAVE, 11",
        "GODE5612310R8, INVALID_HOMOCLAVE, 11",
        "GODE561231G08, INVALID_HOMOCLAVE, 12",
        "GODE561231GRB, NOT_A_DIGIT_OR_A, 13",
        "MAB9307148T4X, NOT_A_LETTER_OR_AMPERSAND, 4",
        "MAB9307148TB, NOT_A_DIGIT_OR_A, 12"
    })
    void reportsTheFirstBrokenFormatRuleWithItsPosition(String value, Rule rule, int position) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Rfc.parse(value));

        assertThat(e.type()).isEqualTo(IdentifierType.RFC);
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void computesCheckDigitForBothKinds() {
        assertThat(Rfc.checkDigit("GODE561231GR")).isEqualTo('8');
        assertThat(Rfc.checkDigit("MAB9307148T")).isEqualTo('4');
        assertThatThrownBy(() -> Rfc.checkDigit("GODE561231")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEqualByValue() {
        assertThat(Rfc.parse("sat970701nn3"))
                .isEqualTo(Rfc.parse("SAT970701NN3"))
                .hasSameHashCodeAs(Rfc.parse("SAT970701NN3"));
        assertThat(Rfc.parse("SAT970701NN3").toString()).isEqualTo("SAT970701NN3");
    }
}
