package mx.huella.employer.movement;

import java.util.Arrays;
import java.util.Optional;

/** Tipo de salario (LSS art. 30), with the code IDSE files use. */
public enum SalaryType {
    FIJO(0),
    VARIABLE(1),
    MIXTO(2);

    private final int code;

    SalaryType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<SalaryType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
