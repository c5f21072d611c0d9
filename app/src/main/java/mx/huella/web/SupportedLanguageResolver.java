package mx.huella.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Remembers the chosen language in a cookie, narrowed to the two the portal speaks. */
class SupportedLanguageResolver extends CookieLocaleResolver {
    SupportedLanguageResolver() {
        super("huella-lang");
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale asked = context == null ? null : context.getLocale();
        Locale supported = asked != null && asked.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH
                : LanguageConfiguration.SPANISH;
        super.setLocaleContext(request, response, new SimpleLocaleContext(supported));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale locale = super.resolveLocale(request);
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH
                : LanguageConfiguration.SPANISH;
    }
}
