package mx.huella.identifier;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the first 16 characters of a CURP from a person's names and data; see {@link
 * Curp#compose} for the contract and its limits.
 */
final class CurpComposer {

    private static final Set<String> PARTICLES = Set.of(
            "DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "VON", "VAN", "DA", "DAS", "DER", "DI", "DIE", "DD", "EL", "LE",
            "LES", "MAC", "MI");
    // Skipped only when another given name follows (MARIA JOSE -> JOSE is read, not skipped again).
    private static final Set<String> COMMON_FIRST_NAMES = Set.of("MARIA", "MA", "JOSE", "J");
    private static final String VOWELS = "AEIOU";
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";

    private CurpComposer() {}

    static String firstSixteen(
            String firstSurname,
            String secondSurname,
            String givenNames,
            LocalDate birthDate,
            Sex sex,
            BirthState state) {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(state, "state");
        if (birthDate.getYear() < 1900 || birthDate.getYear() > 2099) {
            throw new IllegalArgumentException("a CURP encodes birth years 1900 to 2099 only");
        }
        String paternal = surname(firstSurname, "firstSurname");
        String maternal =
                secondSurname == null || secondSurname.isBlank() ? "" : surname(secondSurname, "secondSurname");
        String name = givenName(givenNames);
        String initials = InconvenientWords.defuse(
                "" + paternal.charAt(0) + firstInternal(paternal, VOWELS) + initial(maternal) + name.charAt(0));
        return initials
                + String.format(
                        Locale.ROOT,
                        "%02d%02d%02d",
                        birthDate.getYear() % 100,
                        birthDate.getMonthValue(),
                        birthDate.getDayOfMonth())
                + sex.code()
                + state.code()
                + firstInternal(paternal, CONSONANTS)
                + firstInternal(maternal, CONSONANTS)
                + firstInternal(name, CONSONANTS);
    }

    private static String surname(String surname, String what) {
        List<String> words = words(surname, what);
        return words.stream()
                .filter(word -> !PARTICLES.contains(word))
                .findFirst()
                .orElse(words.get(0));
    }

    private static String givenName(String givenNames) {
        List<String> all = words(givenNames, "givenNames");
        List<String> words =
                all.stream().filter(word -> !PARTICLES.contains(word)).toList();
        if (words.isEmpty()) {
            return all.get(0);
        }
        return words.size() > 1 && COMMON_FIRST_NAMES.contains(words.get(0)) ? words.get(1) : words.get(0);
    }

    /**
     * Upper-case words of A-Z only: accents dropped, Ñ read as X (as RENAPO does), dots and
     * apostrophes removed (MA., O'BRIEN), any other character read as X.
     */
    private static List<String> words(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException(what + " must contain a letter");
        }
        String upper = Normalizer.normalize(name.toUpperCase(Locale.ROOT), Normalizer.Form.NFC);
        String plain = Normalizer.normalize(upper.replace('Ñ', 'X'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String raw : plain.split("[\\s-]+")) {
            String word = raw.replaceAll("[.'’]", "").replaceAll("[^A-Z]", "X");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static char initial(String word) {
        return word.isEmpty() ? 'X' : word.charAt(0);
    }

    private static char firstInternal(String word, String wanted) {
        for (int i = 1; i < word.length(); i++) {
            if (wanted.indexOf(word.charAt(i)) >= 0) {
                return word.charAt(i);
            }
        }
        return 'X';
    }
}
