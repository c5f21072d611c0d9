package mx.huella.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;

/**
 * The rules a person's data must satisfy: well-formed identifiers, required names, a real birth
 * date, and a CURP that agrees with the birth date, sex and birth state entered (positions 5-10,
 * 11 and 12-13 of the CURP). Collects every broken rule rather than stopping at the first, so that a
 * form can show them all at once.
 */
final class PersonDraftPolicy {
    static final int MAX_NAME_LENGTH = 80;
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' .-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\d{10}");

    private final List<FieldViolation> violations = new ArrayList<>();
    private final LocalDate today;

    private PersonDraftPolicy(LocalDate today) {
        this.today = today;
    }

    /** Every rule the draft breaks, in field order; empty when it is valid. */
    static List<FieldViolation> violationsOf(PersonDraft draft, LocalDate today) {
        var policy = new PersonDraftPolicy(today);
        policy.check(draft);
        return List.copyOf(policy.violations);
    }

    /** The draft in typed form; throws {@link InvalidPersonException} listing every broken rule. */
    static ValidPerson validate(PersonDraft draft, LocalDate today) {
        var policy = new PersonDraftPolicy(today);
        Optional<ValidPerson> valid = policy.check(draft);
        if (valid.isEmpty()) {
            throw new InvalidPersonException(policy.violations);
        }
        return valid.get();
    }

    private Optional<ValidPerson> check(PersonDraft draft) {
        Optional<Curp> curp = curp(draft.curp());
        Optional<Nss> nss = blank(draft.nss()) ? Optional.empty() : nss(draft.nss());
        Optional<String> givenNames = name("givenNames", draft.givenNames(), true);
        Optional<String> firstSurname = name("firstSurname", draft.firstSurname(), true);
        Optional<String> secondSurname = name("secondSurname", draft.secondSurname(), false);
        Optional<LocalDate> birthDate = birthDate(draft.birthDate());
        Optional<Sex> sex = sex(draft.sex());
        Optional<BirthState> state = birthState(draft.birthState());
        Optional<String> email = optionalMatching("email", draft.email(), EMAIL, "person.email.invalid");
        Optional<String> phone = optionalMatching("phone", draft.phone(), PHONE, "person.phone.invalid");
        curp.ifPresent(c -> checkAgreement(c, birthDate, sex, state));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ValidPerson(
                curp.orElseThrow(),
                nss,
                givenNames.orElseThrow(),
                firstSurname.orElseThrow(),
                secondSurname,
                birthDate.orElseThrow(),
                sex.orElseThrow(),
                state.orElseThrow(),
                email,
                phone));
    }

    private Optional<Curp> curp(String text) {
        if (blank(text)) {
            required("curp");
            return Optional.empty();
        }
        try {
            return Optional.of(Curp.parse(text));
        } catch (InvalidIdentifierException e) {
            violations.add(IdentifierViolations.of("curp", e));
            return Optional.empty();
        }
    }

    private Optional<Nss> nss(String text) {
        try {
            return Optional.of(Nss.parse(text));
        } catch (InvalidIdentifierException e) {
            violations.add(IdentifierViolations.of("nss", e));
            return Optional.empty();
        }
    }

    private Optional<String> name(String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                required(field);
            }
            return Optional.empty();
        }
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME_LENGTH) {
            violations.add(FieldViolation.of(field, "TOO_LONG", "person.field.tooLong", MAX_NAME_LENGTH));
            return Optional.empty();
        }
        if (!NAME.matcher(name).matches()) {
            violations.add(FieldViolation.of(field, "INVALID_NAME", "person.name.invalid"));
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private Optional<LocalDate> birthDate(String text) {
        if (blank(text)) {
            required("birthDate");
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.isAfter(today)) {
                violations.add(FieldViolation.of("birthDate", "OUT_OF_RANGE", "person.birthDate.outOfRange"));
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of("birthDate", "INVALID_DATE", "person.birthDate.invalid"));
            return Optional.empty();
        }
    }

    private Optional<Sex> sex(String code) {
        if (blank(code)) {
            required("sex");
            return Optional.empty();
        }
        Optional<Sex> sex = Sex.fromCode(code.strip());
        if (sex.isEmpty()) {
            violations.add(FieldViolation.of("sex", "INVALID_SEX", "person.sex.invalid"));
        }
        return sex;
    }

    private Optional<BirthState> birthState(String code) {
        if (blank(code)) {
            required("birthState");
            return Optional.empty();
        }
        Optional<BirthState> state = BirthState.fromCode(code.strip());
        if (state.isEmpty()) {
            violations.add(FieldViolation.of("birthState", "UNKNOWN_STATE", "person.birthState.invalid"));
        }
        return state;
    }

    private void checkAgreement(
            Curp curp, Optional<LocalDate> birthDate, Optional<Sex> sex, Optional<BirthState> state) {
        birthDate
                .filter(date -> !date.equals(curp.birthDate()))
                .ifPresent(date -> violations.add(FieldViolation.of(
                        "birthDate",
                        "CURP_MISMATCH",
                        "person.birthDate.curpMismatch",
                        curp.birthDate().toString())));
        sex.filter(s -> s != curp.sex())
                .ifPresent(s -> violations.add(FieldViolation.of(
                        "sex",
                        "CURP_MISMATCH",
                        "person.sex.curpMismatch",
                        curp.sex().code())));
        state.filter(s -> s != curp.birthState())
                .ifPresent(s -> violations.add(FieldViolation.of(
                        "birthState",
                        "CURP_MISMATCH",
                        "person.birthState.curpMismatch",
                        curp.birthState().code())));
    }

    private Optional<String> optionalMatching(String field, String text, Pattern pattern, String messageKey) {
        if (blank(text)) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() > 254 || !pattern.matcher(value).matches()) {
            violations.add(FieldViolation.of(field, "INVALID_FORMAT", messageKey));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void required(String field) {
        violations.add(FieldViolation.of(field, "REQUIRED", "person.field.required"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
