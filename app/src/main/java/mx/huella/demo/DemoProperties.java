package mx.huella.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled seed demo data at start ({@code --demo})
 * @param persons how many persons to generate on the first demo start
 * @param seed random seed, so that every demo holds the same persons
 */
@ConfigurationProperties("huella.demo")
record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("300") int persons,
        @DefaultValue("20261122") long seed) {}
