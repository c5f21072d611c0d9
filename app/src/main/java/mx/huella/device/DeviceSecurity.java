package mx.huella.device;

import mx.huella.web.AreaSecurity;
import mx.huella.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/** Devices on the API: {@code Authorization: Device <id>:<secret>}, each kind to its own endpoints only. */
@Component
@Order(10)
class DeviceSecurity implements AreaSecurity {
    private final DeviceRegistry devices;
    private final Problems problems;

    DeviceSecurity(DeviceRegistry devices, Problems problems) {
        this.devices = devices;
        this.problems = problems;
    }

    @Override
    public void apiFilters(HttpSecurity http) {
        http.addFilterBefore(new DeviceAuthenticationFilter(devices, problems), BasicAuthenticationFilter.class);
    }

    @Override
    public void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/station/**")
                .hasRole(DeviceKind.CAPTURE_STATION.name())
                .requestMatchers("/api/v1/kiosk/**")
                .hasRole(DeviceKind.KIOSK.name());
    }
}
