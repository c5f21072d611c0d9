package mx.huella.staff;

import java.security.SecureRandom;

/**
 * Random passwords handed to a person once (first administrator, new or reset accounts). 20
 * characters from a 32-symbol alphabet without look-alikes (0/O, 1/l/I): 100 bits of entropy.
 */
final class OneTimePasswords {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        var password = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
