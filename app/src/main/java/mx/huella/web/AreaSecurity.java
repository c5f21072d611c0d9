package mx.huella.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What one area of the portal (staff, employers, devices, insured persons...) adds to the HTTP security
 * that {@link SecurityChains} builds: its filters and access rules on the API chain ({@code /api/**},
 * {@code /actuator/**}) and on the pages chain, and its own sign-in page. Areas are asked in their
 * {@code @Order}; where two areas' filters sit at the same place, the earlier area's runs first. The
 * {@link FrontDoor} decides what no area claims.
 */
public interface AreaSecurity {
    default void apiFilters(HttpSecurity http) throws Exception {}

    default void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}

    default void pageFilters(HttpSecurity http) throws Exception {}

    default void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {}

    /**
     * This area's sign-in page for each path pattern of its pages (e.g. {@code /empresa/**} to
     * {@code /empresa/login}): where a visitor without a session, or with an ended one, is sent.
     */
    default Map<String, String> signInPages() {
        return Map.of();
    }

    /** The sign-in page that a user holding these authorities came through, when they are this area's users. */
    default Optional<String> signInPageOf(Set<String> authorities) {
        return Optional.empty();
    }
}
