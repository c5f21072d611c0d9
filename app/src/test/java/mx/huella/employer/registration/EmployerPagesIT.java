package mx.huella.employer.registration;

import static mx.huella.PortalSession.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.identifier.Rfc;
import mx.huella.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff's employer pages over real HTTP, with the CSRF token a browser would send. */
class EmployerPagesIT extends RunningPortal {
    private static final AtomicInteger RFCS = new AtomicInteger();
    private static final AtomicInteger REGISTROS = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    private PortalSession admin;

    @BeforeEach
    void administratorSignedIn() {
        admin = new PortalSession(baseUrl());
        admin.signIn("employers.page.admin", accountWith("employers.page.admin", Role.ADMIN));
    }

    @Test
    void anAdministratorRegistersAnEmployerAddsABorderRegistroMovesItAndChangesTheContactAddress() {
        String rfc = newRfc();
        String registro = newRegistro();
        String border = newRegistro();

        HttpResponse<String> registered =
                submitRegistration(rfc, "Frontera Textil, S.A.", "rh@textil.example", registro);
        String page = admin.get("/employers/" + rfc).body();
        HttpResponse<String> added = post(
                "/employers/" + rfc + "/registros",
                "registro=" + encode(border.substring(0, 3) + "-" + border.substring(3)) + "&wageZone=FRONTERA_NORTE");
        String withBorder = admin.get("/employers/" + rfc).body();
        HttpResponse<String> moved =
                post("/employers/" + rfc + "/registros/" + border + "/wage-zone", "wageZone=GENERAL");
        String afterTheMove = admin.get("/employers/" + rfc).body();
        HttpResponse<String> contact =
                post("/employers/" + rfc + "/contact", "contactEmail=" + encode("nomina@textil.example"));
        String afterwards = admin.get("/employers/" + rfc).body();

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/employers/" + rfc);
        assertThat(page).contains("Patrón registrado.", "Frontera Textil, S.A.", "rh@textil.example");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(withBorder).contains("Registro patronal agregado.");
        assertThat(zoneOf(withBorder, border)).contains("class=\"zone\">Zona Libre de la Frontera Norte<");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(afterTheMove).contains("Zona salarial cambiada");
        assertThat(contact.statusCode()).isEqualTo(302);
        assertThat(zoneOf(afterwards, border)).contains("class=\"zone\">General<");
        assertThat(afterwards).contains("nomina@textil.example").contains("Correo de contacto cambiado.");
        assertThat(admin.get("/employers").body()).contains(rfc);
        assertThat(jdbc.sql("select count(*) from audit.event where actor = 'employers.page.admin' and channel = 'WEB'"
                                + " and action like 'EMPLOYER_%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhyInTheChosenLanguage() {
        String rfc = newRfc();
        submitRegistration(rfc, "Primera, S.A.", "rh@primera.example", newRegistro());

        String badRfc = submitRegistration("ABC20011", "Razón Conservada, S.A.", "rh@x.example", "")
                .body();
        String duplicate = submitRegistration(rfc, "Segunda, S.A.", "rh@segunda.example", "")
                .body();
        String badEmail = post("/employers/" + rfc + "/contact", "contactEmail=" + encode("sin arroba"))
                .body();
        admin.get("/employers?lang=en");
        String inEnglish = post("/employers/" + rfc + "/registros", "registro=A12&wageZone=GENERAL")
                .body();

        assertThat(badRfc).contains("id=\"refusal\"", "RFC inválido", "Razón Conservada, S.A.");
        assertThat(duplicate).contains("Ya hay un patrón registrado con ese RFC");
        assertThat(badEmail).contains("Correo de contacto inválido", "sin arroba");
        assertThat(inEnglish).contains("Invalid registro patronal");
        assertThat(jdbc.sql("select count(*) from employer.employer where rfc = :rfc")
                        .param("rfc", rfc)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String rfc = newRfc();
        admin.get("/employers/new");

        HttpResponse<String> forged = admin.post(
                "/employers", "", "rfc=" + rfc + "&legalName=Forjada&contactEmail=" + encode("rh@forjada.example"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from employer.employer where rfc = :rfc")
                        .param("rfc", rfc)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void otherStaffSeeEmployersButNeitherTheFormsNorMayPostThem() {
        String rfc = newRfc();
        submitRegistration(rfc, "Solo Lectura, S.A.", "rh@lectura.example", newRegistro());
        PortalSession operator = new PortalSession(baseUrl());
        operator.signIn("employers.page.operator", accountWith("employers.page.operator", Role.OPERATOR));

        String detail = operator.get("/employers/" + rfc).body();
        HttpResponse<String> form = operator.get("/employers/new");
        HttpResponse<String> post = operator.post(
                "/employers/" + rfc + "/contact",
                PortalSession.csrfOf(operator.get("/employers").body()),
                "contactEmail=" + encode("x@operador.example"));

        assertThat(detail)
                .contains("Solo Lectura, S.A.")
                .doesNotContain("id=\"add-registro\"", "id=\"change-contact\"");
        assertThat(operator.get("/employers").body()).doesNotContain("id=\"register-employer\"");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(admin.get("/employers/" + rfc).body()).contains("rh@lectura.example");
    }

    private HttpResponse<String> submitRegistration(String rfc, String name, String email, String registro) {
        return admin.post(
                "/employers",
                PortalSession.csrfOf(admin.get("/employers/new").body()),
                "rfc=" + encode(rfc) + "&legalName=" + encode(name) + "&contactEmail=" + encode(email) + "&registro="
                        + encode(registro) + "&wageZone=GENERAL");
    }

    private HttpResponse<String> post(String path, String form) {
        return admin.post(path, PortalSession.csrfOf(admin.get("/employers/new").body()), form);
    }

    private static String zoneOf(String page, String registro) {
        int row = page.indexOf("id=\"registro-" + registro + "\"");
        assertThat(row).as("a row for the registro").isPositive();
        return page.substring(row, page.indexOf("</tr>", row));
    }

    private static String newRfc() {
        int n = RFCS.incrementAndGet();
        String body = "PGA25%02d%02dK3".formatted(1 + n / 28, 1 + n % 28);
        return body + Rfc.checkDigit(body);
    }

    private static String newRegistro() {
        return "Y%010d".formatted(6_700_000_000L + REGISTROS.incrementAndGet());
    }
}
