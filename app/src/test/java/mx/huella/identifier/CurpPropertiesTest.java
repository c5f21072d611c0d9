package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(ShortStack.class)
class CurpPropertiesTest {

    static Stream<Arguments> curps() {
        return Generated.cases(200, random -> Arguments.of(ValidIdentifiers.curp(random)));
    }

    /** Fewer: each one is changed in every position to every replacement. */
    static Stream<Arguments> curpsToMutate() {
        return curps().limit(100);
    }

    @ParameterizedTest
    @MethodSource("curps")
    void everyGeneratedCurpParsesToItself(String value) {
        Curp curp = Curp.parse(value);

        assertThat(curp.value()).isEqualTo(value);
        assertThat(curp.toString()).isEqualTo(value);
        assertThat(Curp.parse("  " + value.toLowerCase(Locale.ROOT) + "\t")).isEqualTo(curp);
        assertThat(Curp.parse(value)).hasSameHashCodeAs(curp);
    }

    @ParameterizedTest
    @MethodSource("curps")
    void birthDateCenturyComesFromPosition17(String value) {
        Curp curp = Curp.parse(value);

        assertThat(curp.birthDate().getYear() < 2000).isEqualTo(Character.isDigit(value.charAt(16)));
        assertThat(String.format(
                        Locale.ROOT,
                        "%02d%02d%02d",
                        curp.birthDate().getYear() % 100,
                        curp.birthDate().getMonthValue(),
                        curp.birthDate().getDayOfMonth()))
                .isEqualTo(value.substring(4, 10));
        assertThat(curp.sex().code()).isEqualTo(value.substring(10, 11));
        assertThat(curp.birthState().code()).isEqualTo(value.substring(11, 13));
    }

    @ParameterizedTest
    @MethodSource("curpsToMutate")
    void acceptedSingleCharacterChangesLieInTheCheckDigitBlindSpot(String value) {
        List<Mutant> unexplained = Mutant.allOf(value).stream()
                .filter(mutant -> rejection(mutant).isEmpty())
                .filter(mutant -> !CheckDigitSchemes.curpCannotSee(mutant))
                .toList();

        assertThat(unexplained).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("curpsToMutate")
    void changesOutsideTheBlindSpotAreRejectedAtTheChangedFieldOrTheCheckDigit(String value) {
        List<Mutant> misreported = Mutant.allOf(value).stream()
                .filter(mutant -> !CheckDigitSchemes.curpCannotSee(mutant))
                .filter(mutant ->
                        !rejection(mutant).map(e -> locatedAt(mutant, e)).orElse(false))
                .toList();

        assertThat(misreported).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("curpsToMutate")
    void changesInsideTheBlindSpotAreNeverCaughtByTheCheckDigit(String value) {
        List<Mutant> caught = Mutant.allOf(value).stream()
                .filter(CheckDigitSchemes::curpCannotSee)
                .filter(mutant -> rejection(mutant)
                        .map(e -> e.rule() == InvalidIdentifierException.Rule.CHECK_DIGIT)
                        .orElse(false))
                .toList();

        assertThat(caught).isEmpty();
    }

    private static Optional<InvalidIdentifierException> rejection(Mutant mutant) {
        try {
            Curp.parse(mutant.text());
            return Optional.empty();
        } catch (InvalidIdentifierException e) {
            return Optional.of(e);
        }
    }

    private static boolean locatedAt(Mutant mutant, InvalidIdentifierException e) {
        if (e.position() == 0) {
            // A space at either end is trimmed away, which makes the value too short.
            return mutant.replacement() == ' ' && (mutant.position() == 1 || mutant.position() == 18);
        }
        return e.position() == 18
                || field(e.position()) == field(mutant.position())
                || (mutant.position() == 17 && field(e.position()) == field(5));
    }

    /** Positions 5-10 (the date) and 12-13 (the state) are read as one field each. */
    private static int field(int position) {
        if (position >= 5 && position <= 10) {
            return 5;
        }
        return position == 13 ? 12 : position;
    }
}
