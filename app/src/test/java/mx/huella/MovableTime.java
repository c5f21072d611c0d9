package mx.huella;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The portal under test reads {@link AdjustableClock}, so that a test can move time forward. */
@TestConfiguration(proxyBeanMethods = false)
class MovableTime {
    @Bean
    @Primary
    Clock adjustableClock() {
        return new AdjustableClock();
    }
}
