package mx.huella.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The area that answers for everything the other areas do not claim: its sign-in page is where any other
 * visitor is sent, and its rules close both chains. Exactly one area is the front door (the staff's).
 */
public interface FrontDoor extends AreaSecurity {
    String signInPage();

    /** Who may make every request no area claimed, on either chain. */
    void otherRequests(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
