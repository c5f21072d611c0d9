package mx.huella.employer.registration;

/** Which minimum wage applies to a registro patronal. */
public enum WageZone {
    GENERAL,
    /** Zona Libre de la Frontera Norte, with its own, higher minimum wage. */
    FRONTERA_NORTE
}
