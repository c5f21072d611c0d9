package mx.huella.demo;

import java.util.List;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;

/** Four fictitious employers of different sizes; RFCs carry a correct dígito verificador. */
final class DemoEmployers {
    record DemoEmployer(Rfc rfc, String legalName, List<RegistroPatronal> registros, String contactEmail) {}

    private DemoEmployers() {}

    static List<DemoEmployer> all() {
        return List.of(
                employer("CMA150310K2", "Constructora del Mayab, S.A. de C.V.", "Y1234567101", "Y1234568109"),
                employer("TAN980225HB", "Textiles del Anáhuac, S.A.", "B5512345101"),
                employer(
                        "SLP120815QR",
                        "Servicios Logísticos del Pacífico, S. de R.L.",
                        "C0198765102",
                        "C0198766100",
                        "J4411223101"),
                employer("AHO200601M3", "Abarrotes Hermanos Ochoa, S.A. de C.V.", "E3300112104"));
    }

    private static DemoEmployer employer(String rfcWithoutCheckDigit, String name, String... registros) {
        Rfc rfc = Rfc.parse(rfcWithoutCheckDigit + Rfc.checkDigit(rfcWithoutCheckDigit));
        return new DemoEmployer(
                rfc,
                name,
                java.util.Arrays.stream(registros).map(RegistroPatronal::parse).toList(),
                "rh@" + rfcWithoutCheckDigit.toLowerCase(java.util.Locale.ROOT) + ".example");
    }
}
