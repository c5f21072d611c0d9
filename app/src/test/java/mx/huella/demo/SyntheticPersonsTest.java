package mx.huella.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Rfc;
import mx.huella.registry.PersonDraft;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTest {

    @Test
    void generatesPersonsWhoseIdentifiersAreValidAndAgreeWithTheirData() {
        var generator = new SyntheticPersons(42);
        Set<String> curps = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            PersonDraft person = generator.next();
            Curp curp = Curp.parse(person.curp());
            assertThat(curp.birthDate()).isEqualTo(LocalDate.parse(person.birthDate()));
            assertThat(curp.sex().code()).isEqualTo(person.sex());
            assertThat(curp.birthState().code()).isEqualTo(person.birthState());
            if (!person.nss().isEmpty()) {
                assertThat(Nss.parse(person.nss()).birthYearDigits())
                        .isEqualTo(person.birthDate().substring(2, 4));
            }
            curps.add(curp.value());
        }
        assertThat(curps).hasSizeGreaterThan(990);
    }

    @Test
    void theSameSeedGivesTheSamePersons() {
        assertThat(new SyntheticPersons(7).next()).isEqualTo(new SyntheticPersons(7).next());
    }

    @Test
    void demoEmployersCarryValidRfcsWithoutWarnings() {
        assertThat(DemoEmployers.all())
                .allSatisfy(
                        e -> assertThat(Rfc.parse(e.rfc().value()).warnings()).isEmpty())
                .allSatisfy(e -> assertThat(e.rfc().kind()).isEqualTo(Rfc.Kind.PERSONA_MORAL))
                .allSatisfy(e -> assertThat(e.registros()).isNotEmpty());
    }
}
