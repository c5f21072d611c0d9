package huellafixture.boundary.alpha.internal;

public class AlphaSecret {
    public int value() {
        return 42;
    }
}
