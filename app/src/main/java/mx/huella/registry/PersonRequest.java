package mx.huella.registry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's data as sent to {@code POST} and {@code PUT /api/v1/persons}. Fields are text so that a
 * malformed value is reported against its field rather than as unreadable JSON.
 *
 * @param version for {@code PUT}: the version the client read; required there, ignored on create
 */
record PersonRequest(
        @Schema(example = "PEGJ900101HDFRRN09", requiredMode = Schema.RequiredMode.REQUIRED)
        String curp,

        @Schema(example = "01159001237") String nss,

        @Schema(example = "Juan", requiredMode = Schema.RequiredMode.REQUIRED)
        String givenNames,

        @Schema(example = "Pérez", requiredMode = Schema.RequiredMode.REQUIRED)
        String firstSurname,

        @Schema(example = "García") String secondSurname,

        @Schema(example = "1990-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
        String birthDate,

        @Schema(
                example = "H",
                allowableValues = {"H", "M", "X"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        String sex,

        @Schema(example = "DF", requiredMode = Schema.RequiredMode.REQUIRED)
        String birthState,

        @Schema(example = "juan.perez@example.mx") String email,
        @Schema(example = "5512345678") String phone,
        Integer version) {

    PersonDraft toDraft() {
        return new PersonDraft(
                curp, nss, givenNames, firstSurname, secondSurname, birthDate, sex, birthState, email, phone);
    }
}
