package mx.huella.employer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndNumbersRecordsByTheirFirstLine() {
        String csv = "\uFEFFa,b,c\r\n\"x, y\",\"di\"\"jo\",\"dos\nlíneas\"\n\n1,,3\n";

        List<CsvReader.Row> rows = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(1).fields()).containsExactly("x, y", "di\"jo", "dos\nlíneas");
        assertThat(rows.get(2).fields()).containsExactly("1", "", "3");
    }

    @Test
    void malformationsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n\"abierto,c\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        CsvReader.CsvException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> CsvReader.read("a,b\nx\"y,c\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvReader.CsvException.class);
        assertThatThrownBy(() -> CsvReader.read(new byte[] {(byte) 0xc3, 0x28}))
                .isInstanceOf(CsvReader.CsvException.class)
                .hasMessageContaining("UTF-8");
    }

    static Stream<Arguments> tables() {
        return Generated.cases(300, List.of(Arguments.of(List.of(List.of("")))), random -> {
            List<List<String>> table = new ArrayList<>();
            for (int rows = Generated.between(random, 1, 8); rows > 0; rows--) {
                List<String> row = new ArrayList<>();
                for (int fields = Generated.between(random, 1, 6); fields > 0; fields--) {
                    row.add(Generated.text(random, "abcñ ,\"\n\r1é", 0, 12));
                }
                table.add(row);
            }
            return Arguments.of(table);
        });
    }

    /** Any bytes, and as many bytes of CSV-like text, which gets further into the reader. */
    static Stream<Arguments> byteStrings() {
        return Generated.cases(
                1000,
                List.of(Arguments.of(new byte[0])),
                random -> Arguments.of(
                        random.nextBoolean()
                                ? Generated.bytes(random, 400)
                                : Generated.text(random, "a,\"\r\n é", 0, 200).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void writtenRowsReadBackUnchanged(List<List<String>> table) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : table) {
            csv.append(String.join(",", row.stream().map(CsvReaderTest::quote).toList()))
                    .append("\r\n");
        }

        List<CsvReader.Row> read = CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read).extracting(CsvReader.Row::fields).containsExactlyElementsOf(table);
    }

    @ParameterizedTest
    @MethodSource("byteStrings")
    void arbitraryBytesEitherReadOrAreRefusedWithACsvException(byte[] bytes) {
        try {
            CsvReader.read(bytes);
        } catch (CsvReader.CsvException expected) {
            // the one refusal outside input may get
        }
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
