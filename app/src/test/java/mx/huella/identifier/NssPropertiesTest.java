package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NssPropertiesTest {

    @Provide
    Arbitrary<String> nsses() {
        return IdentifierArbitraries.nsses();
    }

    @Property(tries = 200)
    void everyGeneratedNssParsesToItself(@ForAll("nsses") String value) {
        Nss nss = Nss.parse(value);

        assertThat(nss.value()).isEqualTo(value);
        assertThat(nss.toString()).isEqualTo(value);
        assertThat(Nss.parse(" " + value + " ")).isEqualTo(nss).hasSameHashCodeAs(nss);
        assertThat(nss.subdelegation() + nss.registrationYearDigits() + nss.birthYearDigits())
                .isEqualTo(value.substring(0, 6));
    }

    @Property(tries = 200)
    void everySingleCharacterChangeIsRejected(@ForAll("nsses") String value) {
        List<Mutant> accepted = Mutant.allOf(value).stream()
                .filter(mutant -> parses(mutant.text()))
                .toList();

        assertThat(accepted).isEmpty();
    }

    @Property(tries = 200)
    void everyDigitForDigitChangeIsCaughtByTheLuhnCheckDigit(@ForAll("nsses") String value) {
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
