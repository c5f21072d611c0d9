package mx.huella.employer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

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

    @Property(tries = 300)
    void writtenRowsReadBackUnchanged(@ForAll("tables") List<List<String>> table) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : table) {
            csv.append(String.join(",", row.stream().map(CsvReaderTest::quote).toList()))
                    .append("\r\n");
        }

        List<CsvReader.Row> read = CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read).extracting(CsvReader.Row::fields).containsExactlyElementsOf(table);
    }

    @Property(tries = 1000)
    void arbitraryBytesEitherReadOrAreRefusedWithACsvException(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            CsvReader.read(bytes);
        } catch (CsvReader.CsvException expected) {
            // the one refusal outside input may get
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field =
                Arbitraries.strings().withChars("abcñ ,\"\n\r1é").ofMaxLength(12);
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
