package mx.huella.registry;

/** The idempotency key was already used by this client for a different request; nothing was stored. */
public class IdempotencyKeyReusedException extends RuntimeException {
    IdempotencyKeyReusedException() {
        super("the idempotency key was already used for a different request");
    }
}
