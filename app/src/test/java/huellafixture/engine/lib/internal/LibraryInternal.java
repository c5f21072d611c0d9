package huellafixture.engine.lib.internal;

import org.springframework.util.Assert;

/** Internal to the fixture library, and not plain Java: it uses Spring. */
public class LibraryInternal {
    public int answer() {
        Assert.state(true, "always");
        return 42;
    }
}
