package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Provide
    Arbitrary<String> rfcs() {
        return Arbitraries.oneOf(IdentifierArbitraries.rfcsFisica(), IdentifierArbitraries.rfcsMoral());
    }

    @Property(tries = 200)
    void everyGeneratedRfcParsesToItselfWithoutWarnings(@ForAll("rfcs") String value) {
        Rfc rfc = Rfc.parse(value);

        assertThat(rfc.value()).isEqualTo(value);
        assertThat(rfc.toString()).isEqualTo(value);
        assertThat(rfc.warnings()).isEmpty();
        assertThat(rfc.checkDigitMatches()).isTrue();
        assertThat(rfc.isGeneric()).isFalse();
        assertThat(rfc.kind()).isEqualTo(value.length() == 13 ? Rfc.Kind.PERSONA_FISICA : Rfc.Kind.PERSONA_MORAL);
        assertThat(Rfc.parse(" " + value.toLowerCase(Locale.ROOT) + " ")).isEqualTo(rfc);
    }

    @Property(tries = 100)
    void singleCharacterChangesAcceptedWithoutWarningLieInTheCheckDigitBlindSpot(@ForAll("rfcs") String value) {
        List<Mutant> unexplained = Mutant.allOf(value).stream()
                .filter(mutant -> Outcome.of(mutant).acceptedCleanly())
                .filter(mutant -> !CheckDigitSchemes.rfcCannotSee(mutant))
                .toList();

        assertThat(unexplained).isEmpty();
    }

    @Property(tries = 100)
    void changesOutsideTheBlindSpotAreRejectedAtTheChangedFieldOrWarnedAboutAtTheCheckDigit(
            @ForAll("rfcs") String value) {
        List<Mutant> unnoticed = Mutant.allOf(value).stream()
                .filter(mutant -> !CheckDigitSchemes.rfcCannotSee(mutant))
                .filter(mutant -> !noticed(mutant, Outcome.of(mutant)))
                .toList();

        assertThat(unnoticed).isEmpty();
    }

    @Property(tries = 100)
    void changesInsideTheBlindSpotNeverRaiseACheckDigitWarning(@ForAll("rfcs") String value) {
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
