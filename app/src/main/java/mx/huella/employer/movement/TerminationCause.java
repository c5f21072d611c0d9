package mx.huella.employer.movement;

import java.util.Arrays;
import java.util.Optional;

/** Causa de baja, with the code IDSE files use (one character: pensión is "A"). */
public enum TerminationCause {
    TERMINO_DE_CONTRATO("1"),
    SEPARACION_VOLUNTARIA("2"),
    ABANDONO_DE_EMPLEO("3"),
    DEFUNCION("4"),
    CLAUSURA("5"),
    OTRAS("6"),
    AUSENTISMO("7"),
    RESCISION_DE_CONTRATO("8"),
    JUBILACION("9"),
    PENSION("A");

    private final String code;

    TerminationCause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TerminationCause> ofCode(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equalsIgnoreCase(code))
                .findFirst();
    }
}
