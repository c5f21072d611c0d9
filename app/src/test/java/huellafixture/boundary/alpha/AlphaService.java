package huellafixture.boundary.alpha;

public class AlphaService {
    public int answer() {
        return new huellafixture.boundary.alpha.internal.AlphaSecret().value();
    }
}
