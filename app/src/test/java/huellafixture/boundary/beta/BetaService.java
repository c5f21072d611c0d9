package huellafixture.boundary.beta;

import huellafixture.boundary.alpha.internal.AlphaSecret;

public class BetaService {
    public int reachIn() {
        return new AlphaSecret().value();
    }
}
