package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(ShortStack.class)
class NssPropertiesTest {

    static Stream<Arguments> nsses() {
        return Generated.cases(200, random -> Arguments.of(ValidIdentifiers.nss(random)));
    }

    @ParameterizedTest
    @MethodSource("nsses")
    void everyGeneratedNssParsesToItself(String value) {
        Nss nss = Nss.parse(value);

        assertThat(nss.value()).isEqualTo(value);
        assertThat(nss.toString()).isEqualTo(value);
        assertThat(Nss.parse(" " + value + " ")).isEqualTo(nss).hasSameHashCodeAs(nss);
        assertThat(nss.subdelegation() + nss.registrationYearDigits() + nss.birthYearDigits())
                .isEqualTo(value.substring(0, 6));
    }

    @ParameterizedTest
    @MethodSource("nsses")
    void everySingleCharacterChangeIsRejected(String value) {
        List<Mutant> accepted = Mutant.allOf(value).stream()
                .filter(mutant -> parses(mutant.text()))
                .toList();

        assertThat(accepted).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("nsses")
    void everyDigitForDigitChangeIsCaughtByTheLuhnCheckDigit(String value) {
        for (Mutant mutant : Mutant.allOf(value)) {
            if (mutant.isDigitForDigit()) {
                InvalidIdentifierException e =
                        catchThrowableOfType(InvalidIdentifierException.class, () -> Nss.parse(mutant.text()));
                assertThat(e).as(mutant.toString()).isNotNull();
                assertThat(e.rule()).isEqualTo(InvalidIdentifierException.Rule.CHECK_DIGIT);
                assertThat(e.position()).isEqualTo(11);
            }
        }
    }

    private static boolean parses(String text) {
        try {
            Nss.parse(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }
}
