package mx.huella.insured;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.huella.device.DeviceKind;
import mx.huella.web.AreaSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The insured persons' pages (their own sign-in), the public check of their Constancias, and the clinic
 * kiosk's pages (signed in as a registered kiosk device).
 */
@Component
@Order(40)
class InsuredSecurity implements AreaSecurity {
    private static final String INSURED_SIGN_IN = "/asegurado/login";
    private static final String KIOSK_SIGN_IN = "/quiosco/login";

    @Override
    public void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(INSURED_SIGN_IN, "/asegurado/registro", "/constancias/**")
                .permitAll()
                .requestMatchers("/asegurado/**")
                .hasAuthority(InsuredUser.ROLE)
                .requestMatchers(KIOSK_SIGN_IN)
                .permitAll()
                .requestMatchers("/quiosco/**")
                .hasAuthority(DeviceKind.KIOSK.authority());
    }

    @Override
    public Map<String, String> signInPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/asegurado/**", INSURED_SIGN_IN);
        pages.put("/quiosco/**", KIOSK_SIGN_IN);
        return pages;
    }

    @Override
    public Optional<String> signInPageOf(Set<String> authorities) {
        if (authorities.contains(InsuredUser.ROLE)) {
            return Optional.of(INSURED_SIGN_IN);
        }
        return authorities.contains(DeviceKind.KIOSK.authority()) ? Optional.of(KIOSK_SIGN_IN) : Optional.empty();
    }
}
