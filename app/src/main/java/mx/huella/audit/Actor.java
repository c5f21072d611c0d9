package mx.huella.audit;

import java.util.Objects;

/**
 * Who acts and through which channel, as recorded in the audit trail.
 *
 * @param name a staff user name, or {@code system} for work the application does by itself
 * @param channel {@code WEB}, {@code API} or {@code SYSTEM}
 */
public record Actor(String name, String channel) {
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");

    public Actor {
        Objects.requireNonNull(name);
        Objects.requireNonNull(channel);
    }

    public static Actor web(String name) {
        return new Actor(name, "WEB");
    }

    public static Actor api(String name) {
        return new Actor(name, "API");
    }
}
