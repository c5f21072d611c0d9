package mx.huella.employer.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.huella.employer.MovementException;
import mx.huella.employer.movement.MovementKind;
import mx.huella.employer.movement.SalaryType;
import mx.huella.employer.movement.TerminationCause;
import mx.huella.employer.movement.WorkerType;

/**
 * One movement of a bulk file. Columns (header required, any order, names case-insensitive):
 * {@code movimiento} (08 or ALTA, 02 or BAJA, 07 or MODIFICACION), {@code curp}, {@code nss},
 * {@code tipo_trabajador} (1-4), {@code tipo_salario} (0-2), {@code sbc}, {@code fecha}
 * (YYYY-MM-DD or DD/MM/YYYY), {@code causa} (1-9 or A).
 */
record BulkRow(
        int line,
        MovementKind kind,
        String curp,
        String nss,
        WorkerType workerType,
        SalaryType salaryType,
        BigDecimal sbc,
        LocalDate date,
        TerminationCause cause,
        String content) {
    static final List<String> COLUMNS =
            List.of("movimiento", "curp", "nss", "tipo_trabajador", "tipo_salario", "sbc", "fecha", "causa");

    /** The header's column positions; refuses a header without the movement, date or an identifier. */
    static Map<String, Integer> header(CsvReader.Row header) {
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name)) {
                positions.putIfAbsent(name, i);
            }
        }
        for (String required : List.of("movimiento", "fecha")) {
            if (!positions.containsKey(required)) {
                throw new CsvReader.CsvException(1, "the header lacks the column " + required);
            }
        }
        if (!positions.containsKey("curp") && !positions.containsKey("nss")) {
            throw new CsvReader.CsvException(1, "the header needs a curp or an nss column");
        }
        return positions;
    }

    /** The row's movement, or a {@link MovementException} naming the column at fault. */
    static BulkRow parse(CsvReader.Row row, Map<String, Integer> columns) {
        MovementKind kind = switch (value(row, columns, "movimiento").toUpperCase(Locale.ROOT)) {
            case "08", "8", "ALTA" -> MovementKind.ALTA;
            case "02", "2", "BAJA" -> MovementKind.BAJA;
            case "07", "7", "MODIFICACION", "MODIFICACIÓN" -> MovementKind.MODIFICACION_SALARIO;
            default -> throw invalid("movimiento", "08 (alta), 02 (baja) or 07 (modificación)", "movement-code");
        };
        String curp = value(row, columns, "curp").toUpperCase(Locale.ROOT);
        String nss = value(row, columns, "nss");
        WorkerType workerType = null;
        SalaryType salaryType = null;
        BigDecimal sbc = null;
        TerminationCause cause = null;
        if (kind == MovementKind.ALTA) {
            workerType = WorkerType.ofCode(integer(row, columns, "tipo_trabajador"))
                    .orElseThrow(() -> invalid("tipo_trabajador", "1 to 4", "worker-type"));
            salaryType = SalaryType.ofCode(integer(row, columns, "tipo_salario"))
                    .orElseThrow(() -> invalid("tipo_salario", "0 to 2", "salary-type"));
        }
        if (kind != MovementKind.BAJA) {
            sbc = amount(row, columns);
        } else {
            cause = TerminationCause.ofCode(value(row, columns, "causa"))
                    .orElseThrow(() -> invalid("causa", "1 to 9 or A", "cause"));
        }
        LocalDate date = date(value(row, columns, "fecha"));
        String content = String.join(
                "|",
                kind.name(),
                curp,
                nss,
                workerType == null ? "" : Integer.toString(workerType.code()),
                salaryType == null ? "" : Integer.toString(salaryType.code()),
                sbc == null ? "" : sbc.stripTrailingZeros().toPlainString(),
                date.toString(),
                cause == null ? "" : cause.code());
        return new BulkRow(row.line(), kind, curp, nss, workerType, salaryType, sbc, date, cause, content);
    }

    /** The same movement in any file of the same registro has the same key: re-uploads file nothing twice. */
    String dedupKey(String registro) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "bulk:" + registro + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV column a movement refusal concerns. */
    static String column(MovementException e) {
        if (e.field() == null) {
            return "movimiento";
        }
        return switch (e.field()) {
            case "startDate", "endDate", "effectiveDate", "date" -> "fecha";
            case "workerType" -> "tipo_trabajador";
            case "salaryType" -> "tipo_salario";
            case "cause" -> "causa";
            default -> e.field();
        };
    }

    private static String value(CsvReader.Row row, Map<String, Integer> columns, String name) {
        Integer position = columns.get(name);
        if (position == null || position >= row.fields().size()) {
            return "";
        }
        return row.fields().get(position).strip();
    }

    private static int integer(CsvReader.Row row, Map<String, Integer> columns, String name) {
        try {
            return Integer.parseInt(value(row, columns, name));
        } catch (NumberFormatException e) {
            throw invalid(name, "a number", "number");
        }
    }

    private static BigDecimal amount(CsvReader.Row row, Map<String, Integer> columns) {
        String text = value(row, columns, "sbc");
        try {
            if (text.isEmpty() || text.length() > 20) {
                throw invalid("sbc", "an amount", "amount");
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid("sbc", "an amount such as 450.50", "amount");
        }
    }

    private static LocalDate date(String text) {
        try {
            if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.of(
                        Integer.parseInt(text.substring(6)),
                        Integer.parseInt(text.substring(3, 5)),
                        Integer.parseInt(text.substring(0, 2)));
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            throw invalid("fecha", "a date, YYYY-MM-DD or DD/MM/YYYY", "date");
        }
    }

    private static MovementException invalid(String column, String expected, String expectation) {
        return new MovementException(
                MovementException.Problem.INVALID_FIELD,
                column,
                column + " must be " + expected,
                "column-expects",
                column,
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"problem.movement.expects." + expectation}, expected));
    }
}
