package mx.huella.insured;

import java.io.Serializable;
import java.util.UUID;

/** An insured person signed in to the portal; the authentication's principal. */
public record InsuredUser(UUID personId, String curp, String name) implements Serializable {
    public static final String ROLE = "ROLE_INSURED";

    @Override
    public String toString() {
        return "insured:" + curp;
    }
}
