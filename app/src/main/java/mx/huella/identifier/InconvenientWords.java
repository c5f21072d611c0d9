package mx.huella.identifier;

import java.util.Set;

/**
 * Four-letter words that a CURP must not start with (Anexo 2 of RENAPO's instructivo, as listed by
 * python-stdnum). The official list was not available, so this one may differ by a few words.
 */
final class InconvenientWords {

    private static final Set<String> WORDS = Set.of(
            "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI", "COJA",
            "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA", "JOTO", "KACA",
            "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI", "KOJO", "KOLA", "KULO",
            "LILO", "LOCA", "LOCO", "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MIAR", "MION", "MOCO",
            "MOKO", "MULA", "MULO", "NACA", "NACO", "PEDA", "PEDO", "PENE", "PIPI", "PITO", "POPO", "PUTA", "PUTO",
            "QULO", "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO", "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI",
            "VUEY", "WUEI", "WUEY");

    private InconvenientWords() {}

    /** The four letters with the second replaced by X when they spell a listed word. */
    static String defuse(String firstFour) {
        return WORDS.contains(firstFour) ? firstFour.charAt(0) + "X" + firstFour.substring(2) : firstFour;
    }
}
