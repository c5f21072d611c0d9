package huellafixture.engine.user;

import huellafixture.engine.lib.api.LibraryApi;
import huellafixture.engine.lib.internal.LibraryInternal;

/**
 * A user of library {@code huellafixture.engine.lib} (API: its {@code api} package) that reaches into the library's
 * internals, beside a library that uses Spring: the engine rules must reject both, which shows they can fail.
 */
public class LibraryUser {
    public int reachIn() {
        return new LibraryApi().answer() + new LibraryInternal().answer();
    }
}
