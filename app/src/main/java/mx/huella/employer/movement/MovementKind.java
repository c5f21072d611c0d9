package mx.huella.employer.movement;

/** The three movimientos afiliatorios. */
public enum MovementKind {
    ALTA,
    BAJA,
    MODIFICACION_SALARIO
}
