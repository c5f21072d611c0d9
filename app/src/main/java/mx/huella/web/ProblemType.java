package mx.huella.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * One kind of refusal the portal answers as RFC 9457 problem+json: its HTTP status, its type URI and
 * the message keys of its title and detail. A module lists its kinds as an enum implementing this, so
 * every module's problems share one address scheme and one catalogue layout:
 * {@code https://huella.example/problems/<area>/<slug>} and {@code problem.<area>.<slug>.title}
 * ({@code <area>/} and {@code <area>.} left out where the area is empty).
 */
public interface ProblemType {
    String BASE = "https://huella.example/problems/";

    /** The module's part of the address, e.g. {@code enrollment}; empty for the portal-wide kinds. */
    String area();

    /** The kind's constant name, reported as the problem's {@code code}. */
    String name();

    HttpStatus status();

    /** The kind in the address and message keys, e.g. {@code consent-required}. */
    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default URI type() {
        return URI.create(BASE + (area().isEmpty() ? "" : area() + "/") + slug());
    }

    default String titleKey() {
        return messageKey() + ".title";
    }

    default String detailKey() {
        return messageKey() + ".detail";
    }

    private String messageKey() {
        return "problem." + (area().isEmpty() ? "" : area() + ".") + slug();
    }
}
