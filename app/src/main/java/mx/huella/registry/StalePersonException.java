package mx.huella.registry;

/** The person changed since the caller read it; the update was not applied. */
public class StalePersonException extends RuntimeException {
    StalePersonException() {
        super("the person was changed by someone else since it was read");
    }
}
