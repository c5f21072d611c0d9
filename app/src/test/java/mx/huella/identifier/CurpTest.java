package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import mx.huella.identifier.InvalidIdentifierException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurpTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Published examples whose check digit we verified (domain.md section 1.2).
                "SABC560626MDFLRN01", "BOXW310820HNERXN09", "HEGG560427MVZRRL04", "BEML920313HMCLNS09",
                // Made-up people, computed in domain.md.
                "PEGJ900101HDFRRN09", "LOMA850715MJCPRN04", "RAXS050322MNEMXFA9", "GUTL021130XNLTRSB1",
                "BXEY800101MDFNSS08"
            })
    void acceptsCurpsWhoseCheckDigitIsRight(String value) {
        assertThat(Curp.parse(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({
        // Published in documentation or test certificates, but the check digit is wrong.
        "OEAF771012HMCRGR09, 8",
        "BOSF740824HJCNVB09, 7",
        "HEGT761003MDFRNN09, 7"
    })
    void rejectsPublishedExamplesWhoseCheckDigitIsWrong(String value, String expectedDigit) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse(value));

        assertThat(e.rule()).isEqualTo(Rule.CHECK_DIGIT);
        assertThat(e.position()).isEqualTo(18);
        assertThat(e.expected()).contains(expectedDigit);
        assertThat(e.found()).contains("9");
    }

    @Test
    void readsBirthDateSexAndStateFromTheCurp() {
        Curp curp = Curp.parse("RAXS050322MNEMXFA9");

        assertThat(curp.birthDate()).isEqualTo(LocalDate.of(2005, 3, 22));
        assertThat(curp.sex()).isEqualTo(Sex.FEMALE);
        assertThat(curp.birthState()).isEqualTo(BirthState.BORN_ABROAD);
        assertThat(curp.birthState().displayName()).isEqualTo("Nacido en el extranjero");
    }

    @Test
    void readsNonBinarySex() {
        assertThat(Curp.parse("GUTL021130XNLTRSB1").sex()).isEqualTo(Sex.NON_BINARY);
    }

    @Test
    void cannotNoticeAChangeAtPosition9BecauseItsWeightIsTen() {
        // Day 01 becomes day 11: a different, equally valid CURP with the same check digit.
        Curp changed = Curp.parse("PEGJ900111HDFRRN09");

        assertThat(changed.birthDate()).isEqualTo(LocalDate.of(1990, 1, 11));
        assertThat(Curp.checkDigit("PEGJ900111HDFRRN0")).isEqualTo(Curp.checkDigit("PEGJ900101HDFRRN0"));
    }

    @Test
    void cannotNoticeReplacingALetterWithOneTenPlacesLater() {
        // A=10 and K=20 differ by 10, invisible modulo 10 at any position.
        String first17 = "AEGJ900101HDFRRN0";
        assertThat(Curp.checkDigit(first17)).isEqualTo(Curp.checkDigit("KEGJ900101HDFRRN0"));
    }

    @Test
    void usesTheCenturyFromPosition17ToValidateFebruary29() {
        String leap2000 = "AAAA000229HDFBBBA";
        String notLeap1900 = "AAAA000229HDFBBB0";

        assertThat(Curp.parse(leap2000 + Curp.checkDigit(leap2000)).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        InvalidIdentifierException e = catchThrowableOfType(
                InvalidIdentifierException.class, () -> Curp.parse(notLeap1900 + Curp.checkDigit(notLeap1900)));
        assertThat(e.rule()).isEqualTo(Rule.INVALID_DAY);
        assertThat(e.position()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
        "PEGJ900101HDFRRN0, LENGTH, 0",
        "PEGJ900101HDFRRN099, LENGTH, 0",
        "1EGJ900101HDFRRN09, NOT_A_LETTER, 1",
        "PBGJ900101HDFRRN09, NOT_A_VOWEL_OR_X, 2",
        "PE1J900101HDFRRN09, NOT_A_LETTER, 3",
        "PEGJ9O0101HDFRRN09, NOT_A_DIGIT, 6",
        "PEGJ901301HDFRRN09, INVALID_MONTH, 7",
        "PEGJ900231HDFRRN09, INVALID_DAY, 9",
        "PEGJ900100HDFRRN09, INVALID_DAY, 9",
        "PEGJ900101QDFRRN09, INVALID_SEX, 11",
        "PEGJ900101HXXRRN09, UNKNOWN_STATE, 12",
        "PEGJ900101HDFARN09, NOT_A_CONSONANT, 14",
        "PEGJ900101HDFRRN-9, INVALID_HOMONYMY, 17",
        "PEGJ900101HDFRRN0X, NOT_A_DIGIT, 18",
        "PEGJ900101HDFRRN08, CHECK_DIGIT, 18"
    })
    void reportsTheFirstBrokenRuleWithItsPosition(String value, Rule rule, int position) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse(value));

        assertThat(e.type()).isEqualTo(IdentifierType.CURP);
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void reportsTheEarliestOfSeveralBrokenRules() {
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse("PEGJ901301QXXRRN0X"));

        assertThat(e.rule()).isEqualTo(Rule.INVALID_MONTH);
    }

    @Test
    void acceptsLowerCaseAndSurroundingWhitespace() {
        assertThat(Curp.parse("  pegj900101hdfrrn09\n")).isEqualTo(Curp.parse("PEGJ900101HDFRRN09"));
    }

    @Test
    void rejectsAnEnyeEvenThoughItHasACheckDigitValue() {
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse("ÑEGJ900101HDFRRN09"));

        assertThat(e.rule()).isEqualTo(Rule.NOT_A_LETTER);
        assertThat(e.found()).contains("Ñ");
    }

    @Test
    void normalisesDecomposedCharactersBeforeCountingPositions() {
        // "N" + combining tilde is one character after NFC, so the length is still 18.
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse("N\u0303EGJ900101HDFRRN09"));

        assertThat(e.rule()).isEqualTo(Rule.NOT_A_LETTER);
        assertThat(e.position()).isEqualTo(1);
    }

    @Test
    void rejectsNullAsBlank() {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse(null));

        assertThat(e.rule()).isEqualTo(Rule.BLANK);
        assertThat(e.position()).isZero();
    }

    @Test
    void computesCheckDigitOnlyFor17KnownCharacters() {
        assertThat(Curp.checkDigit("SABC560626MDFLRN0")).isEqualTo('1');
        assertThatThrownBy(() -> Curp.checkDigit("SABC560626MDFLRN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Curp.checkDigit("SABC560626MDFLRN-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEqualByValue() {
        assertThat(Curp.parse("PEGJ900101HDFRRN09"))
                .isEqualTo(Curp.parse("pegj900101hdfrrn09"))
                .hasSameHashCodeAs(Curp.parse("PEGJ900101HDFRRN09"))
                .isNotEqualTo(Curp.parse("LOMA850715MJCPRN04"));
    }
}
