package mx.huella.registry;

import java.util.Optional;
import mx.huella.identifier.Nss;

/** The person form's fields, as typed; {@code version} travels hidden in the edit form. */
record PersonForm(
        String curp,
        String nss,
        String givenNames,
        String firstSurname,
        String secondSurname,
        String birthDate,
        String sex,
        String birthState,
        String email,
        String phone,
        Integer version) {

    static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", "", "", "", "", null);
    }

    static PersonForm of(Person person) {
        return new PersonForm(
                person.curp().value(),
                person.nss().map(Nss::value).orElse(""),
                person.givenNames(),
                person.firstSurname(),
                person.secondSurname().orElse(""),
                person.birthDate().toString(),
                person.sex().code(),
                person.birthState().code(),
                person.email().orElse(""),
                person.phone().orElse(""),
                person.version());
    }

    PersonDraft toDraft() {
        return new PersonDraft(
                curp, nss, givenNames, firstSurname, secondSurname, birthDate, sex, birthState, email, phone);
    }

    /** Whether the person typed anything into the named field yet. */
    boolean filled(String field) {
        return Optional.ofNullable(value(field)).filter(v -> !v.isBlank()).isPresent();
    }

    /** The text of the named field, for the form template; null for an unknown name. */
    public String value(String field) {
        return switch (field) {
            case "curp" -> curp;
            case "nss" -> nss;
            case "givenNames" -> givenNames;
            case "firstSurname" -> firstSurname;
            case "secondSurname" -> secondSurname;
            case "birthDate" -> birthDate;
            case "sex" -> sex;
            case "birthState" -> birthState;
            case "email" -> email;
            case "phone" -> phone;
            default -> null;
        };
    }
}
