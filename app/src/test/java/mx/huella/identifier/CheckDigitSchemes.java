package mx.huella.identifier;

/**
 * The published check-digit schemes written out again, independently of the production code, to
 * build valid fixtures and to say which single-character changes each scheme cannot see.
 *
 * <p>Both weighted schemes reduce to "sum of weight(position) * value(character) over every
 * position, check digit included with weight 1, is 0 modulo m". A substitution changes that sum by
 * weight * (new value - old value), so it goes unnoticed exactly when that product is 0 modulo m.
 */
final class CheckDigitSchemes {

    static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    private CheckDigitSchemes() {}

    /** Weights 18..2 for positions 1..17, 1 for the check digit. */
    static int curpWeight(int position) {
        return 19 - position;
    }

    /** Weights 13..2 over the body padded to 12 on the left, 1 for the check digit. */
    static int rfcWeight(int position, int length) {
        return 14 - position - (13 - length);
    }

    static char curpCheckDigit(String first17) {
        int sum = 0;
        for (int position = 1; position <= 17; position++) {
            sum += curpWeight(position) * CURP_ALPHABET.indexOf(first17.charAt(position - 1));
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static char rfcCheckDigit(String body) {
        int length = body.length() + 1;
        int sum = 0;
        for (int position = 1; position < length; position++) {
            sum += rfcWeight(position, length) * RFC_ALPHABET.indexOf(body.charAt(position - 1));
        }
        if (length == 12) {
            sum += 13 * RFC_ALPHABET.indexOf(' ');
        }
        int r = 11 - sum % 11;
        return r == 11 ? '0' : r == 10 ? 'A' : (char) ('0' + r);
    }

    static char luhnCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += product / 10 + product % 10;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static boolean curpCannotSee(Mutant mutant) {
        return cannotSee(CURP_ALPHABET, curpWeight(mutant.position()), 10, mutant);
    }

    static boolean rfcCannotSee(Mutant mutant) {
        int weight = rfcWeight(mutant.position(), mutant.text().length());
        return cannotSee(RFC_ALPHABET, weight, 11, mutant);
    }

    private static boolean cannotSee(String alphabet, int weight, int modulus, Mutant mutant) {
        int before = alphabet.indexOf(mutant.original());
        int after = alphabet.indexOf(mutant.replacement());
        return after >= 0 && Math.floorMod(weight * (after - before), modulus) == 0;
    }
}
