package mx.huella.identifier;

import java.util.ArrayList;
import java.util.List;

/** A valid value with one character replaced. */
record Mutant(int position, char original, char replacement, String text) {

    /** Upper-case letters, digits, the RFC's Ñ and &amp;, and the separators people type. */
    static final String REPLACEMENTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789Ñ& -";

    static List<Mutant> allOf(String value) {
        List<Mutant> mutants = new ArrayList<>();
        for (int position = 1; position <= value.length(); position++) {
            char original = value.charAt(position - 1);
            for (char replacement : REPLACEMENTS.toCharArray()) {
                if (replacement != original) {
                    StringBuilder text = new StringBuilder(value);
                    text.setCharAt(position - 1, replacement);
                    mutants.add(new Mutant(position, original, replacement, text.toString()));
                }
            }
        }
        return mutants;
    }

    boolean isDigitForDigit() {
        return Character.isDigit(original) && Character.isDigit(replacement);
    }

    @Override
    public String toString() {
        return text + " (position " + position + ": " + original + " -> '" + replacement + "')";
    }
}
