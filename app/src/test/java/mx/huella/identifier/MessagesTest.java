package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final Locale MEXICAN_SPANISH = Locale.forLanguageTag("es-MX");
    private static final String BAD_SEX = "PEGJ900101QDFRRN09";

    @Test
    void explainsARejectionInSpanishForMexicanSpanish() {
        assertThat(rejectionOf(BAD_SEX).message(MEXICAN_SPANISH))
                .isEqualTo("CURP: la posición 11 debe ser H, M o X (se recibió «Q»).");
    }

    @Test
    void explainsARejectionInEnglishForEnglish() {
        assertThat(rejectionOf(BAD_SEX).message(Locale.ENGLISH))
                .isEqualTo("CURP: position 11 must be H, M or X (got 'Q').");
    }

    @Test
    void namesTheExpectedCheckDigit() {
        InvalidIdentifierException e = rejectionOf("PEGJ900101HDFRRN07");

        assertThat(e.message(MEXICAN_SPANISH)).isEqualTo("CURP: el dígito verificador (posición 18) debería ser 9.");
        assertThat(e.message(Locale.US)).isEqualTo("CURP: the check digit (position 18) should be 9.");
    }

    @Test
    void fallsBackToSpanishForOtherLanguagesEvenWhenTheJvmDefaultIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            InvalidIdentifierException e = rejectionOf(BAD_SEX);

            assertThat(e.message(Locale.FRENCH)).startsWith("CURP: la posición 11");
            assertThat(e.message(MEXICAN_SPANISH)).startsWith("CURP: la posición 11");
            assertThat(e.message(Locale.ROOT)).startsWith("CURP: la posición 11");
            assertThat(e.message(null)).startsWith("CURP: la posición 11");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void getMessageIsEnglishAndNeverContainsTheValue() {
        InvalidIdentifierException e = rejectionOf(BAD_SEX);

        assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).doesNotContain(BAD_SEX);
        assertThat(e.toString()).doesNotContain(BAD_SEX);
        assertThat(rejectionOf("PEGJ900101HDFRRN0").getMessage())
                .isEqualTo("CURP: must have 18 characters (got 17).")
                .doesNotContain("PEGJ");
    }

    @Test
    void showsInvisibleCharactersAsCodePoints() {
        assertThat(rejectionOf("PEGJ 00101HDFRRN09").message(MEXICAN_SPANISH))
                .isEqualTo("CURP: la posición 5 debe ser un dígito (se recibió «U+0020»).");
    }

    @Test
    void exposesKeyAndArgumentsForAnotherMessageSource() {
        InvalidIdentifierException e = rejectionOf(BAD_SEX);

        assertThat(e.messageKey()).isEqualTo("identifier.rule.INVALID_SEX");
        assertThat(e.messageArguments()).containsExactly("CURP", 11, "Q", "", "");
    }

    @Test
    void explainsAnRfcCheckDigitWarningInBothLanguages() {
        IdentifierWarning warning = Rfc.parse("VACE460910SX6").warnings().get(0);

        assertThat(warning.message(MEXICAN_SPANISH))
                .isEqualTo("RFC: el dígito verificador (posición 13) no coincide: se esperaba 5 y se recibió 6.");
        assertThat(warning.message(Locale.ENGLISH))
                .isEqualTo("RFC: the check digit (position 13) does not match: expected 5, got 6.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyRuleAndWarningHasAMessageInEveryBundle(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = InvalidIdentifierException.class.getResourceAsStream(file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream<String> keys = Stream.concat(
                Arrays.stream(InvalidIdentifierException.Rule.values()).map(r -> "identifier.rule." + r),
                Arrays.stream(IdentifierWarning.Code.values()).map(c -> "identifier.warning." + c));

        assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
        assertThat(bundle)
                .hasSize(InvalidIdentifierException.Rule.values().length + IdentifierWarning.Code.values().length);
    }

    private static InvalidIdentifierException rejectionOf(String curp) {
        return catchThrowableOfType(InvalidIdentifierException.class, () -> Curp.parse(curp));
    }
}
