package mx.huella.employer.bulk;

/** A rejected row of a bulk file: its line in the file (the header is line 1), the column and why. */
public record RejectedRow(int line, String field, String reason) {}
