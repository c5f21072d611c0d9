package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.identifier.Nss;
import mx.huella.registry.Person;
import mx.huella.registry.PersonService;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PortalPagesIT extends RunningPortal {
    @Autowired
    PersonService persons;

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

    @Test
    void anOperatorEditsAPersonAndIsToldWhenSomeoneElseChangedItMeanwhile() {
        PortalSession session = signedInAs("pages.editor", Role.OPERATOR);
        Person person = persons.register(Persons.aPerson(), Actor.SYSTEM);
        String form = session.get("/persons/" + person.id() + "/edit").body();
        String csrf = PortalSession.csrfOf(form);

        HttpResponse<String> saved =
                session.post("/persons/" + person.id(), csrf, formOf(person, "ana@correo.example", 0));
        HttpResponse<String> stale =
                session.post("/persons/" + person.id(), csrf, formOf(person, "otra@correo.example", 0));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(persons.get(person.id()).email()).contains("ana@correo.example");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Otra persona modificó estos datos");
        assertThat(persons.get(person.id()).email()).contains("ana@correo.example");
    }

    private static String formOf(Person person, String email, int version) {
        return "curp=" + person.curp().value() + "&nss="
                + person.nss().map(Nss::value).orElse("")
                + "&givenNames=" + PortalSession.encode(person.givenNames())
                + "&firstSurname=" + PortalSession.encode(person.firstSurname())
                + "&secondSurname="
                + PortalSession.encode(person.secondSurname().orElse(""))
                + "&birthDate=" + person.birthDate() + "&sex=" + person.sex().code()
                + "&birthState=" + person.birthState().code() + "&email=" + PortalSession.encode(email)
                + "&phone=&version=" + version;
    }

    private PortalSession signedInAs(String username, Role role) {
        PortalSession session = new PortalSession(baseUrl());
        session.signIn(username, accountWith(username, role));
        return session;
    }
}
