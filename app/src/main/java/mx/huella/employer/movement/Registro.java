package mx.huella.employer.movement;

import java.util.UUID;
import mx.huella.employer.registration.WageZone;

/** A registro patronal as the movement rules need it. */
public record Registro(String registro, UUID employerId, WageZone zone) {}
