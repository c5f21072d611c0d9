package mx.huella.employer.access;

import java.security.SecureRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks delegates' passwords with the portal's password encoder (Argon2). An unknown
 * user is checked against a dummy hash so that the answer takes as long as for a known one.
 */
@Component
class DelegatePasswords {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final PasswordEncoder encoder;
    private final String dummy;
    private final SecureRandom random = new SecureRandom();

    DelegatePasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummy = encoder.encode("not-a-password-anyone-has");
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        if (password == null || password.isEmpty()) {
            encoder.matches("x", dummy);
            return false;
        }
        return encoder.matches(password, hash == null ? dummy : hash) && hash != null;
    }

    /** A first password of 16 characters, shown once to the employer who creates the delegate. */
    String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
