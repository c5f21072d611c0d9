package mx.huella.enrollment;

import mx.huella.web.AreaSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The capture pages are open to employers' delegated HR users as well as to staff (employer-side capture):
 * the pages check each person against the delegate's registros.
 */
@Component
@Order(30)
class EnrollmentSecurity implements AreaSecurity {
    @Override
    public void pageAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/enrollment/persons/**", "/enrollment/sessions/**")
                .hasAnyRole("ADMIN", "OPERATOR", "SUPERVISOR", "EMPLOYER_DELEGATE");
    }
}
