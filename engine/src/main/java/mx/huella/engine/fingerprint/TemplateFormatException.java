package mx.huella.engine.fingerprint;

/** Bytes that should hold a template do not: unknown header, unsupported version, or corrupt content. */
public class TemplateFormatException extends IllegalArgumentException {
    TemplateFormatException(String message) {
        super(message);
    }

    TemplateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
