package mx.huella.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text files the engine jar ships beside its classes (calibrated models), read line by line. */
public final class ShippedResources {
    private ShippedResources() {}

    /**
     * The lines of a resource next to {@code anchor}'s class file.
     *
     * @throws IllegalStateException when the jar lacks it: a broken build, not bad input
     */
    public static List<String> lines(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the engine jar lacks " + name + " beside " + anchor.getName());
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
