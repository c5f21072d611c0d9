package mx.huella.registry;

import java.util.UUID;

/** A registered person's data changed. */
public record PersonUpdated(UUID personId, int version) {}
