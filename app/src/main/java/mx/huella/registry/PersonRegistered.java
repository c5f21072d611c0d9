package mx.huella.registry;

import java.util.UUID;

/** A person was added to the registry. Carries the id only: listeners read what they need. */
public record PersonRegistered(UUID personId) {}
