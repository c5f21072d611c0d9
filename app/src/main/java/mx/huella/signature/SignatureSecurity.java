package mx.huella.signature;

import mx.huella.web.AreaSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Anyone may check a signature; staff at a window and clinic kiosks may take one. */
@Component
@Order(50)
class SignatureSecurity implements AreaSecurity {
    @Override
    public void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/signatures/verification")
                .permitAll()
                .requestMatchers("/api/v1/signatures")
                .hasAnyRole("ADMIN", "OPERATOR", "SUPERVISOR", "KIOSK");
    }

    @Override
    public void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/firmas/verificacion").permitAll();
    }
}
