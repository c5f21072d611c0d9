package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RobustnessPropertiesTest {

    private static final List<Function<String, Object>> PARSERS =
            List.of(Curp::parse, Rfc::parse, Nss::parse, RegistroPatronal::parse);

    static Stream<Arguments> anyText() {
        return Generated.cases(
                1000,
                List.of(Arguments.of(""), Arguments.of(" ")),
                random -> Arguments.of(Generated.anyText(random, 0, 40)));
    }

    /** Close to real identifiers, so that parsing gets past the length check and reaches every rule. */
    static Stream<Arguments> identifierLike() {
        return Generated.cases(
                1000,
                random -> Arguments.of(
                        Generated.text(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZñÑ&áé0123456789 -\u0303\u00a0", 10, 20)));
    }

    static Stream<Arguments> validValues() {
        return Generated.cases(
                100,
                random -> Arguments.of(
                        switch (random.nextInt(4)) {
                            case 0 -> ValidIdentifiers.curp(random);
                            case 1 -> ValidIdentifiers.rfcFisica(random);
                            case 2 -> ValidIdentifiers.rfcMoral(random);
                            default -> ValidIdentifiers.nss(random);
                        }));
    }

    @ParameterizedTest
    @MethodSource("anyText")
    void anyTextIsEitherParsedOrRejectedWithAnExplanation(String text) {
        PARSERS.forEach(parser -> assertParsesOrRejects(parser, text));
    }

    @ParameterizedTest
    @MethodSource("identifierLike")
    void identifierLikeTextIsEitherParsedOrRejectedWithAnExplanation(String text) {
        PARSERS.forEach(parser -> assertParsesOrRejects(parser, text));
    }

    @ParameterizedTest
    @MethodSource("validValues")
    @ExtendWith(ShortStack.class)
    void messagesOfRejectedChangesNeverContainTheValue(String value) {
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

    @Test
    void nullIsRejectedAsBlank() {
        for (Function<String, Object> parser : PARSERS) {
            Throwable thrown = catchThrowable(() -> parser.apply(null));
            assertThat(thrown).isInstanceOf(InvalidIdentifierException.class);
            assertThat(((InvalidIdentifierException) thrown).rule()).isEqualTo(InvalidIdentifierException.Rule.BLANK);
        }
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
