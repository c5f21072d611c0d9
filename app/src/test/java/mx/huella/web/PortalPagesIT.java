package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;

class PortalPagesIT extends RunningPortal {

    @Test
    void pagesSpeakSpanishUntilEnglishIsChosenWithTheSwitch() {
        PortalSession session = signedInAs("pages.auditor", Role.AUDITOR);

        assertThat(session.get("/persons").body())
                .contains("Buscar por CURP, NSS o nombre")
                .contains("lang=\"es\"");
        assertThat(session.get("/persons?lang=en").body())
                .contains("Search by CURP, NSS or name")
                .contains("lang=\"en\"");
        assertThat(session.get("/employers").body()).contains("<h1>Employers</h1>");
        assertThat(session.get("/persons?lang=es").body()).contains("Buscar por CURP, NSS o nombre");
    }

    @Test
    void anUnknownPersonGetsANotFoundPageAndAnAuditorCannotOpenTheForm() {
        PortalSession session = signedInAs("pages.reader", Role.AUDITOR);

        HttpResponse<String> missing = session.get("/persons/" + UUID.randomUUID());
        HttpResponse<String> form = session.get("/persons/new");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no existe");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(session.get("/staff").statusCode()).isEqualTo(403);
    }

    @Test
    void searchResultsEscapeWhatWasTyped() {
        PortalSession session = signedInAs("pages.escape", Role.OPERATOR);

        String page = session.get("/persons?q=" + PortalSession.encode("<script>alert(1)</script>"))
                .body();

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void anAdministratorIssuesAnAccountWithAOneTimePassword() {
        PortalSession admin = signedInAs("pages.admin", Role.ADMIN);
        String page = admin.get("/staff").body();

        HttpResponse<String> issued = admin.post(
                "/staff", PortalSession.csrfOf(page), "username=nueva.analista&displayName=Nueva&roles=ANALYST");

        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.body()).contains("nueva.analista").contains("Contraseña de un solo uso");
        assertThat(staff.accounts()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("nueva.analista");
            assertThat(a.passwordChangeDue()).isTrue();
        });
    }

    private PortalSession signedInAs(String username, Role role) {
        PortalSession session = new PortalSession(baseUrl());
        session.signIn(username, accountWith(username, role));
        return session;
    }
}
