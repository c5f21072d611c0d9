package mx.huella;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Huella portal: one modular monolith over one PostgreSQL database. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HuellaApplication {
    public static void main(String[] args) {
        SpringApplication.run(HuellaApplication.class, args);
    }
}
