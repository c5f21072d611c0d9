package mx.huella.employer.registration;

import mx.huella.device.DeviceOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Registered employers may own capture stations on their premises (employer-side capture). */
@Component
class EmployerDeviceOwners implements DeviceOwners {
    private final JdbcClient jdbc;

    EmployerDeviceOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(String rfc) {
        return jdbc.sql("select exists (select 1 from employer.employer where rfc = :rfc)")
                .param("rfc", rfc)
                .query(Boolean.class)
                .single();
    }
}
