package mx.huella.restriction;

import java.util.UUID;

/** A person became restricted, suspended, or free of restriction (NONE) after enrolling. */
public record RestrictionChanged(UUID personId, RestrictionState state) {}
