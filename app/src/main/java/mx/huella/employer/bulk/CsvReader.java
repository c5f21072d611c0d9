package mx.huella.employer.bulk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: commas, double-quoted fields with doubled quotes inside, CRLF or LF) in UTF-8,
 * with a byte-order mark allowed. Outside input: sizes are bounded and every malformation is one
 * {@link CsvException} naming the line.
 */
final class CsvReader {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    static final int MAX_FIELDS = 32;
    static final int MAX_FIELD_LENGTH = 256;

    /** One record and the line it starts on (1 is the header). */
    record Row(int line, List<String> fields) {}

    static final class CsvException extends RuntimeException {
        private final int line;

        CsvException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvReader() {}

    static List<Row> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CsvException(0, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvException(0, "the file is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        append(field, '"', line);
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, c, line);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new CsvException(line, "a quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    addField(fields, field, line);
                    fieldStarted = true;
                }
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        throw new CsvException(line, "a carriage return without a line feed");
                    }
                }
                case '\n' -> {
                    endRow(rows, fields, field, rowLine, fieldStarted);
                    fieldStarted = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    append(field, c, line);
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new CsvException(rowLine, "a quoted field is not closed");
        }
        endRow(rows, fields, field, rowLine, fieldStarted);
        return rows;
    }

    private static void append(StringBuilder field, char c, int line) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            throw new CsvException(line, "a field longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append(c);
    }

    private static void addField(List<String> fields, StringBuilder field, int line) {
        if (fields.size() >= MAX_FIELDS) {
            throw new CsvException(line, "more than " + MAX_FIELDS + " fields");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line, boolean started) {
        if (!started && fields.isEmpty() && field.length() == 0) {
            return;
        }
        addField(fields, field, line);
        if (rows.size() >= MAX_ROWS) {
            throw new CsvException(line, "more than " + MAX_ROWS + " rows");
        }
        rows.add(new Row(line, List.copyOf(fields)));
        fields.clear();
    }
}
