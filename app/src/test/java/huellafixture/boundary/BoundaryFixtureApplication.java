package huellafixture.boundary;

/**
 * A deliberately broken two-module layout: module {@code beta} uses a type internal to module
 * {@code alpha}. The boundary test must reject it, which shows the check can fail.
 */
@org.springframework.modulith.Modulith
public class BoundaryFixtureApplication {}
