package huellafixture.engine.lib.api;

/** The API of a deliberately broken library layout; see {@link huellafixture.engine.user.LibraryUser}. */
public class LibraryApi {
    public int answer() {
        return 42;
    }
}
