package mx.huella.tools.evaluation;

import java.nio.file.Path;

/** The parsed arguments of {@code ./huella eval}; a {@code dpi} of 0 means "from the file, else 500". */
record EvaluationOptions(String command, Path folder, double dpi, boolean json, int fingers, Path output) {
    static final String USAGE = """
            usage: ./huella eval fingerprints DIR [--dpi N] [--json] [--out DIR]
                   ./huella eval fingerprints-multi DIR [--fingers N] [--dpi N] [--json] [--out DIR]
              DIR holds images named <finger>_<impression>.<tif|png|bmp|jpg|wsq>
              --dpi N      scan resolution (default: the file's own, else 500)
              --fingers N  fingers per synthetic person for fusion (default 2)
              --out DIR    where scores.csv and det.png go (default eval-results/<name of DIR>)
              --json       print one JSON object instead of a table""";

    static EvaluationOptions parse(String[] args) {
        if (args.length < 2 || !(args[0].equals("fingerprints") || args[0].equals("fingerprints-multi"))) {
            throw new IllegalArgumentException("expected 'fingerprints' or 'fingerprints-multi' and a folder");
        }
        Path folder = Path.of(args[1]);
        double dpi = 0;
        boolean json = false;
        int fingers = 2;
        Path output = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--dpi" -> dpi = number(args, ++i, "--dpi");
                case "--fingers" -> fingers = (int) number(args, ++i, "--fingers");
                case "--out" -> output = Path.of(value(args, ++i, "--out"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dpi != 0 && (dpi < 100 || dpi > 2000)) {
            throw new IllegalArgumentException("--dpi must be 100 to 2000");
        }
        if (fingers < 2 || fingers > 5) {
            throw new IllegalArgumentException("--fingers must be 2 to 5");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new EvaluationOptions(
                args[0],
                folder,
                dpi,
                json,
                fingers,
                output != null ? output : Path.of("eval-results", name == null ? "root" : name.toString()));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static double number(String[] args, int index, String option) {
        try {
            return Double.parseDouble(value(args, index, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}
