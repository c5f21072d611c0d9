package mx.huella.employer;

/** The three movimientos afiliatorios. */
public enum MovementKind {
    ALTA,
    BAJA,
    MODIFICACION_SALARIO
}
