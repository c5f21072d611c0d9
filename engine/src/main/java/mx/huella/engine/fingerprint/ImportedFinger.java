package mx.huella.engine.fingerprint;

/** One finger view of a foreign template record: where it was taken and its template. */
public record ImportedFinger(FingerPosition position, EncodedTemplate template) {}
