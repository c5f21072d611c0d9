/**
 * What every page shares: the layout, the home page, the language (Spanish by default, English by
 * a visible switch, kept in a cookie; the API follows Accept-Language) and the error pages. Knows
 * no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package mx.huella.web;
