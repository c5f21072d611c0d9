package mx.huella.employer.movement;

import java.util.Arrays;
import java.util.Optional;

/** Tipo de trabajador, with the code IDSE files use. */
public enum WorkerType {
    PERMANENTE(1),
    EVENTUAL_URBANO(2),
    EVENTUAL_CONSTRUCCION(3),
    EVENTUAL_CAMPO(4);

    private final int code;

    WorkerType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<WorkerType> ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
