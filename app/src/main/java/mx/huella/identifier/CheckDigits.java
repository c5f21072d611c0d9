package mx.huella.identifier;

/**
 * The three check-digit schemes: CURP (RENAPO, weights 18..2, mod 10), RFC (SAT, weights 13..2 over
 * a 12-character body, mod 11) and NSS (Luhn over 10 digits). The weighted schemes differ only in
 * alphabet, modulus and how the remainder becomes a character.
 */
final class CheckDigits {

    // Ñ holds slot 24 but never appears in a valid CURP.
    static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    // SAT's own order: & sits between N and O, then space, then Ñ.
    static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    private CheckDigits() {}

    static char curp(String first17) {
        requireLength(first17, 17);
        int sum = weightedSum(first17, CURP_ALPHABET, 18);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Accepts the 12-character body of a persona física or the 11-character one of a moral. */
    static char rfc(String withoutCheckDigit) {
        if (withoutCheckDigit.length() != 11 && withoutCheckDigit.length() != 12) {
            throw new IllegalArgumentException("expected 11 or 12 characters, got " + withoutCheckDigit.length());
        }
        // A moral is left-padded with a space so that both kinds use weights 13..2.
        String body = withoutCheckDigit.length() == 11 ? " " + withoutCheckDigit : withoutCheckDigit;
        int remainder = 11 - weightedSum(body, RFC_ALPHABET, 13) % 11;
        return switch (remainder) {
            case 11 -> '0';
            case 10 -> 'A';
            default -> (char) ('0' + remainder);
        };
    }

    static char luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = valueIn(IdentifierText.DIGITS, digits, i);
            int product = i % 2 == 0 ? digit : digit * 2;
            sum += product / 10 + product % 10;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int weightedSum(String text, String alphabet, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += valueIn(alphabet, text, i) * (firstWeight - i);
        }
        return sum;
    }

    private static int valueIn(String alphabet, String text, int index) {
        int value = alphabet.indexOf(text.charAt(index));
        if (value < 0) {
            throw new IllegalArgumentException("character " + (index + 1) + " is not in the check-digit alphabet");
        }
        return value;
    }

    static void requireLength(String text, int length) {
        if (text.length() != length) {
            throw new IllegalArgumentException("expected " + length + " characters, got " + text.length());
        }
    }
}
