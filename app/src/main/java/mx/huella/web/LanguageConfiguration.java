package mx.huella.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spanish first. Pages stay in Spanish whatever the browser asks for until the person picks
 * English with the switch ({@code ?lang=en}, remembered in a cookie); API clients choose with
 * Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {
    static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLanguageResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getHeader("Accept-Language") != null) {
                Locale asked =
                        Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
                return asked != null ? asked : SPANISH;
            }
            return SPANISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
