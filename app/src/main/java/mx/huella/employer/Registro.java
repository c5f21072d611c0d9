package mx.huella.employer;

import java.util.UUID;

/** A registro patronal as the movement rules need it. */
record Registro(String registro, UUID employerId, WageZone zone) {}
