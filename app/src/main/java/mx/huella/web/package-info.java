/**
 * What every page shares: the layout, the home page, the language (Spanish by default, English by
 * a visible switch, kept in a cookie; the API follows Accept-Language), the error pages, the one
 * problem+json mechanism every module's refusals go through, and the two security filter chains that
 * each area contributes its filters and access rules to. Knows no business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package mx.huella.web;
