package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(ShortStack.class)
class RfcPropertiesTest {

    /** What parsing made of a mutant: rejected, accepted with a warning, or accepted cleanly. */
    private record Outcome(InvalidIdentifierException rejection, Rfc rfc) {

        static Outcome of(Mutant mutant) {
            try {
                return new Outcome(null, Rfc.parse(mutant.text()));
            } catch (InvalidIdentifierException e) {
                return new Outcome(e, null);
            }
        }

        boolean acceptedCleanly() {
            return rfc != null && rfc.warnings().isEmpty();
        }

        boolean warned() {
            return rfc != null && !rfc.warnings().isEmpty();
        }
    }

    /** Personas físicas and morales alike. */
    static Stream<Arguments> rfcs() {
        return Generated.cases(
                200,
                random -> Arguments.of(
                        random.nextBoolean() ? ValidIdentifiers.rfcFisica(random) : ValidIdentifiers.rfcMoral(random)));
    }

    /** Fewer: each one is changed in every position to every replacement. */
    static Stream<Arguments> rfcsToMutate() {
        return rfcs().limit(100);
    }

    @ParameterizedTest
    @MethodSource("rfcs")
    void everyGeneratedRfcParsesToItselfWithoutWarnings(String value) {
        Rfc rfc = Rfc.parse(value);

        assertThat(rfc.value()).isEqualTo(value);
        assertThat(rfc.toString()).isEqualTo(value);
        assertThat(rfc.warnings()).isEmpty();
        assertThat(rfc.checkDigitMatches()).isTrue();
        assertThat(rfc.isGeneric()).isFalse();
        assertThat(rfc.kind()).isEqualTo(value.length() == 13 ? Rfc.Kind.PERSONA_FISICA : Rfc.Kind.PERSONA_MORAL);
        assertThat(Rfc.parse(" " + value.toLowerCase(Locale.ROOT) + " ")).isEqualTo(rfc);
    }

    @ParameterizedTest
    @MethodSource("rfcsToMutate")
    void singleCharacterChangesAcceptedWithoutWarningLieInTheCheckDigitBlindSpot(String value) {
        List<Mutant> unexplained = Mutant.allOf(value).stream()
                .filter(mutant -> Outcome.of(mutant).acceptedCleanly())
                .filter(mutant -> !CheckDigitSchemes.rfcCannotSee(mutant))
                .toList();

        assertThat(unexplained).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rfcsToMutate")
    void changesOutsideTheBlindSpotAreRejectedAtTheChangedFieldOrWarnedAboutAtTheCheckDigit(String value) {
        List<Mutant> unnoticed = Mutant.allOf(value).stream()
                .filter(mutant -> !CheckDigitSchemes.rfcCannotSee(mutant))
                .filter(mutant -> !noticed(mutant, Outcome.of(mutant)))
                .toList();

        assertThat(unnoticed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rfcsToMutate")
    void changesInsideTheBlindSpotNeverRaiseACheckDigitWarning(String value) {
        List<Mutant> warned = Mutant.allOf(value).stream()
                .filter(CheckDigitSchemes::rfcCannotSee)
                .filter(mutant -> Outcome.of(mutant).warned())
                .toList();

        assertThat(warned).isEmpty();
    }

    private static boolean noticed(Mutant mutant, Outcome outcome) {
        int length = mutant.text().length();
        if (outcome.warned()) {
            IdentifierWarning warning = outcome.rfc().warnings().get(0);
            return warning.position() == outcome.rfc().value().length()
                    && warning.code() == IdentifierWarning.Code.CHECK_DIGIT_MISMATCH;
        }
        if (outcome.rejection() == null) {
            return false;
        }
        if (mutant.replacement() == ' ' && (mutant.position() == 1 || mutant.position() == length)) {
            // Trimmed away: a física loses a character and is read as a moral, so positions shift.
            return true;
        }
        int position = outcome.rejection().position();
        return position != 0 && field(position, length) == field(mutant.position(), length);
    }

    /** The six date digits are read as one field. */
    private static int field(int position, int length) {
        int dateStart = length - 8;
        return position >= dateStart && position < dateStart + 6 ? dateStart : position;
    }
}
