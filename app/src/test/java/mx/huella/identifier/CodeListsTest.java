package mx.huella.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    @Test
    void knowsExactlyThe33StateCodesOfRenapo() {
        assertThat(Arrays.stream(BirthState.values()).map(BirthState::code))
                .containsExactlyInAnyOrder(ValidIdentifiers.STATE_CODES);
    }

    @Test
    void findsStatesBySexCodeAndStateCode() {
        assertThat(BirthState.fromCode("NL")).contains(BirthState.NUEVO_LEON);
        assertThat(BirthState.fromCode("NL").orElseThrow().displayName()).isEqualTo("Nuevo León");
        assertThat(BirthState.fromCode("XX")).isEmpty();
        assertThat(BirthState.fromCode(null)).isEmpty();
        assertThat(Sex.fromCode("X")).contains(Sex.NON_BINARY);
        assertThat(Sex.fromCode("h")).isEmpty();
    }
}
