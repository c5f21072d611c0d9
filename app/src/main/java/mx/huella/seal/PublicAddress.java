package mx.huella.seal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address, printed on sealed documents (the QR code of their check): the
 * configured {@code huella.public-url} in production, so that a request's Host header cannot make the
 * platform sign a document pointing elsewhere; the address the request came to when none is set
 * (development).
 */
@Component
public class PublicAddress {
    private final String configured;

    PublicAddress(@Value("${huella.public-url:}") String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The base address, without a trailing slash; within a request when none is configured. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
