package mx.huella.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonDraftPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final PersonDraft JUAN = new PersonDraft(
            "PEGJ900101HDFRRN09", "01159001237", "Juan", "Pérez", "García", "1990-01-01", "H", "DF", "", "");

    @Test
    void acceptsAPersonWhoseCurpAgreesWithTheDataEntered() {
        ValidPerson valid = PersonDraftPolicy.validate(JUAN, TODAY);

        assertThat(valid.curp().value()).isEqualTo("PEGJ900101HDFRRN09");
        assertThat(valid.nss()).isPresent();
        assertThat(valid.searchName()).isEqualTo("JUAN PEREZ GARCIA");
    }

    @Test
    void namesEveryFieldThatDisagreesWithTheCurp() {
        PersonDraft wrong = new PersonDraft(JUAN.curp(), "", "Juan", "Pérez", "", "1990-01-02", "M", "JC", "", "");

        assertThat(codesOf(PersonDraftPolicy.violationsOf(wrong, TODAY)))
                .containsExactly("birthDate:CURP_MISMATCH", "sex:CURP_MISMATCH", "birthState:CURP_MISMATCH");
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnce() {
        PersonDraft empty = new PersonDraft("", "", " ", null, "", "", "", "", "", "");

        assertThat(codesOf(PersonDraftPolicy.violationsOf(empty, TODAY)))
                .containsExactly(
                        "curp:REQUIRED",
                        "givenNames:REQUIRED",
                        "firstSurname:REQUIRED",
                        "birthDate:REQUIRED",
                        "sex:REQUIRED",
                        "birthState:REQUIRED");
    }

    @Test
    void rejectsABirthDateInTheFutureAndMalformedContactData() {
        PersonDraft draft = new PersonDraft("", "", "Ana", "López", "", "2027-01-01", "M", "JC", "ana@", "55-1234");

        assertThat(codesOf(PersonDraftPolicy.violationsOf(draft, TODAY)))
                .contains("birthDate:OUT_OF_RANGE", "email:INVALID_FORMAT", "phone:INVALID_FORMAT");
    }

    @Test
    void keepsThePreciseIdentifierRuleInTheViolationCode() {
        PersonDraft badNss =
                new PersonDraft(JUAN.curp(), "01159001238", "Juan", "Pérez", "García", "1990-01-01", "H", "DF", "", "");

        assertThat(codesOf(PersonDraftPolicy.violationsOf(badNss, TODAY))).containsExactly("nss:NSS_CHECK_DIGIT");
    }

    @Test
    void throwsWithEveryViolationWhenAskedForTheValidPerson() {
        PersonDraft bad = new PersonDraft("XXXX", "", "Juan", "Pérez", "", "1990-01-01", "H", "DF", "", "");

        assertThatThrownBy(() -> PersonDraftPolicy.validate(bad, TODAY))
                .isInstanceOfSatisfying(
                        InvalidPersonException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("curp"));
    }

    @Test
    void rejectsNamesWithDigitsOrMarkup() {
        PersonDraft draft =
                new PersonDraft(JUAN.curp(), "", "Juan<script>", "P3rez", "", "1990-01-01", "H", "DF", "", "");

        assertThat(codesOf(PersonDraftPolicy.violationsOf(draft, TODAY)))
                .containsExactly("givenNames:INVALID_NAME", "firstSurname:INVALID_NAME");
    }

    private static List<String> codesOf(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }
}
