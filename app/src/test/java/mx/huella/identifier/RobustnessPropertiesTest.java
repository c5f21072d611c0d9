package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class RobustnessPropertiesTest {

    private static final List<Function<String, Object>> PARSERS =
            List.of(Curp::parse, Rfc::parse, Nss::parse, RegistroPatronal::parse);

    @Property(tries = 1000)
    void anyTextIsEitherParsedOrRejectedWithAnExplanation(@ForAll @StringLength(max = 40) String text) {
        PARSERS.forEach(parser -> assertParsesOrRejects(parser, text));
    }

    @Property(tries = 1000)
    void identifierLikeTextIsEitherParsedOrRejectedWithAnExplanation(@ForAll("identifierLike") String text) {
        PARSERS.forEach(parser -> assertParsesOrRejects(parser, text));
    }

    @Property(tries = 100)
    void messagesOfRejectedChangesNeverContainTheValue(@ForAll("validValues") String value) {
        for (Mutant mutant : Mutant.allOf(value)) {
            for (Function<String, Object> parser : PARSERS) {
                Throwable thrown = catchThrowable(() -> parser.apply(mutant.text()));
                if (thrown != null) {
                    assertThat(thrown.getMessage()).doesNotContain(mutant.text().strip());
                    assertThat(((InvalidIdentifierException) thrown).message(Locale.ROOT))
                            .doesNotContain(mutant.text().strip());
                }
            }
        }
    }

    @Example
    void nullIsRejectedAsBlank() {
        for (Function<String, Object> parser : PARSERS) {
            Throwable thrown = catchThrowable(() -> parser.apply(null));
            assertThat(thrown).isInstanceOf(InvalidIdentifierException.class);
            assertThat(((InvalidIdentifierException) thrown).rule()).isEqualTo(InvalidIdentifierException.Rule.BLANK);
        }
    }

    @Provide
    Arbitrary<String> identifierLike() {
        // Close to real identifiers, so that parsing gets past the length check and reaches every rule.
        return Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZñÑ&áé0123456789 -\u0303\u00a0")
                .ofMinLength(10)
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> validValues() {
        return Arbitraries.oneOf(
                IdentifierArbitraries.curps(),
                IdentifierArbitraries.rfcsFisica(),
                IdentifierArbitraries.rfcsMoral(),
                IdentifierArbitraries.nsses());
    }

    private static void assertParsesOrRejects(Function<String, Object> parser, String text) {
        Throwable thrown = catchThrowable(() -> parser.apply(text));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidIdentifierException.class);
            InvalidIdentifierException e = (InvalidIdentifierException) thrown;
            assertThat(e.message(Locale.ENGLISH)).isNotBlank();
            assertThat(e.message(Locale.forLanguageTag("es-MX"))).isNotBlank();
        }
    }
}
