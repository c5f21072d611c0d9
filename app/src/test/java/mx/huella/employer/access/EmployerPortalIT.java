package mx.huella.employer.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.huella.AdjustableClock;
import mx.huella.ApiClient;
import mx.huella.ApiClient.Reply;
import mx.huella.PortalSession;
import mx.huella.RunningPortal;
import mx.huella.audit.Actor;
import mx.huella.demo.DemoCertificateAuthority;
import mx.huella.device.DeviceKind;
import mx.huella.device.DeviceRegistry;
import mx.huella.employer.EmployerAccess;
import mx.huella.employer.bulk.BulkUploads;
import mx.huella.employer.efirma.PortalAuthority;
import mx.huella.employer.movement.MovementDates;
import mx.huella.employer.registration.EmployerService;
import mx.huella.enrollment.Enrollments;
import mx.huella.identifier.RegistroPatronal;
import mx.huella.identifier.Rfc;
import mx.huella.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The employer portal over real HTTP: e.firma sign-in and its refusals, delegates, and isolation. */
class EmployerPortalIT extends RunningPortal {
    private static final Pattern CHALLENGE_ID = Pattern.compile("name=\"challengeId\" value=\"([^\"]+)\"");
    private static final Pattern CHALLENGE_TEXT = Pattern.compile("id=\"challenge-text\" value=\"([^\"]+)\"");

    @Autowired
    EmployerService employers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceRegistry devices;

    @Autowired
    BulkUploads bulkUploads;

    @Autowired
    TotpSecretSealing sealing;

    @Test
    void anEmployerSignsInWithItsEfirmaAndEachRefusalHasItsOwnMessage() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("SEF251101K7");
        register(rfc, "Servicios Efirma, S.A.", "K1100000011");
        DemoCertificateAuthority.Issued efirma =
                sat.efirma(rfc + " / PEGJ900101LN6", "SERVICIOS EFIRMA SA", "12345678a");
        Instant now = Instant.now();
        DemoCertificateAuthority.Issued expired =
                sat.issue(rfc, "VENCIDA", now.minusSeconds(86_400L * 1500), now.minusSeconds(60), false, "x");
        DemoCertificateAuthority.Issued revoked = sat.efirma(rfc, "REVOCADA", "x");
        PortalAuthority.revoke(revoked.certificate());
        DemoCertificateAuthority.Issued stranger = new DemoCertificateAuthority("AC ajena").efirma(rfc, "AJENA", "x");
        DemoCertificateAuthority.Issued unregistered = sat.efirma(rfc("NOR251101K7"), "SIN REGISTRO", "x");

        PortalSession browser = new PortalSession(baseUrl());
        HttpResponse<String> signedIn = signIn(browser, efirma);
        String dashboard = browser.get("/empresa").body();

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/empresa");
        assertThat(dashboard).contains("K11-00000-01-1", "SERVICIOS EFIRMA SA");
        HttpResponse<String> loggedOut = browser.post("/logout", PortalSession.csrfOf(dashboard), "");
        assertThat(loggedOut.headers().firstValue("Location").orElseThrow())
                .as("an employer signs out back to the employer sign-in")
                .endsWith("/empresa/login?loggedOut");
        assertThat(browser.get("/empresa/login?loggedOut").body()).contains("id=\"logged-out\"");
        assertThat(browser.get("/empresa").statusCode()).isEqualTo(302);
        assertThat(refusal(expired)).contains("Su e.firma está vencida");
        assertThat(refusal(revoked)).contains("Su e.firma fue revocada");
        assertThat(refusal(stranger)).contains("no fue emitido por una autoridad certificadora reconocida");
        assertThat(refusal(unregistered)).contains("no corresponde a ningún patrón registrado");
        assertThat(jdbc.sql(
                                "select count(*) from audit.event where action = 'EMPLOYER_SIGN_IN_EFIRMA' and outcome like 'SUCCESS%'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aSignedChallengeCannotBeReplayedNorUsedFromAnotherBrowserSession() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("REP251101K7");
        register(rfc, "Repeticiones, S.A.", "K1100000021");
        DemoCertificateAuthority.Issued efirma = sat.efirma(rfc, "REPETICIONES SA", "x");
        PortalSession first = new PortalSession(baseUrl());
        String page = first.get("/empresa/login").body();
        String form = signedForm(page, efirma);

        HttpResponse<String> once = first.post("/empresa/login/efirma", PortalSession.csrfOf(page), form);
        PortalSession second = new PortalSession(baseUrl());
        String otherPage = second.get("/empresa/login").body();
        HttpResponse<String> elsewhere = second.post("/empresa/login/efirma", PortalSession.csrfOf(otherPage), form);

        assertThat(once.statusCode()).isEqualTo(302);
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("El reto de inicio de sesión expiró");
    }

    @Test
    void anApiChallengeSignsInOnceAndNeverAgain() {
        DemoCertificateAuthority.Issued efirma = registeredEfirma("ONC251101K7", "K1100000171");
        String signed = signedChallenge(efirma);

        var first = anonymous().post("/api/v1/employer-sessions", signed);
        var replayed = anonymous().post("/api/v1/employer-sessions", signed);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("code").asString()).isEqualTo("CHALLENGE_EXPIRED");
    }

    @Test
    void anApiChallengeSignsInUntilItsTimeToLiveAndNotAfter() {
        DemoCertificateAuthority.Issued efirma = registeredEfirma("TTL251101K7", "K1100000181");
        String inTime = signedChallenge(efirma);
        String late = signedChallenge(efirma);
        try {
            AdjustableClock.moveForward(EmployerSignIn.CHALLENGE_TTL.minusSeconds(5));
            var justInTime = anonymous().post("/api/v1/employer-sessions", inTime);
            AdjustableClock.moveForward(java.time.Duration.ofSeconds(10));
            var tooLate = anonymous().post("/api/v1/employer-sessions", late);

            assertThat(justInTime.status()).as(justInTime.body()).isEqualTo(201);
            assertThat(tooLate.status()).isEqualTo(401);
            assertThat(tooLate.json().get("code").asString()).isEqualTo("CHALLENGE_EXPIRED");
        } finally {
            AdjustableClock.reset();
        }
    }

    @Test
    void aPortalChallengeSignedAfterItsTimeToLiveIsRefusedAsExpired() {
        DemoCertificateAuthority.Issued efirma = registeredEfirma("TTW251101K7", "K1100000191");
        PortalSession browser = new PortalSession(baseUrl());
        String page = browser.get("/empresa/login").body();
        try {
            AdjustableClock.moveForward(EmployerSignIn.CHALLENGE_TTL.plusSeconds(1));
            HttpResponse<String> late =
                    browser.post("/empresa/login/efirma", PortalSession.csrfOf(page), signedForm(page, efirma));

            assertThat(late.statusCode()).isEqualTo(200);
            assertThat(late.body()).contains("El reto de inicio de sesión expiró");
        } finally {
            AdjustableClock.reset();
        }
    }

    @Test
    void anEmployerNeverSeesOrChangesAnotherEmployersWorkersInThePortal() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfcA = rfc("AAA251101K7");
        String rfcB = rfc("BBB251101K7");
        register(rfcA, "Empresa A, S.A.", "K1100000031");
        register(rfcB, "Empresa B, S.A.", "K1100000041");
        ApiClient operator = new ApiClient(baseUrl(), "portal.operator", accountWith("portal.operator", Role.OPERATOR));
        String workerOfB = hire(operator, "K1100000041");
        PortalSession a = new PortalSession(baseUrl());
        signIn(a, sat.efirma(rfcA, "EMPRESA A", "x"));

        HttpResponse<String> foreignRegistro = a.get("/empresa/registros/K1100000041");
        HttpResponse<String> foreignEmployment = a.get("/empresa/empleos/" + workerOfB);
        String altaPage = a.get("/empresa/registros/K1100000031/alta").body();
        HttpResponse<String> foreignBaja = a.post(
                "/empresa/empleos/" + workerOfB + "/baja",
                PortalSession.csrfOf(altaPage),
                "endDate=" + java.time.LocalDate.now() + "&cause=OTRAS");
        HttpResponse<String> foreignAlta = a.post(
                "/empresa/registros/K1100000041/alta",
                PortalSession.csrfOf(altaPage),
                "curp=X&sbc=500&startDate=2026-11-01");

        assertThat(foreignRegistro.statusCode()).isEqualTo(403);
        assertThat(foreignEmployment.statusCode()).isEqualTo(404);
        assertThat(foreignBaja.statusCode()).isEqualTo(404);
        assertThat(foreignAlta.statusCode()).isEqualTo(403);
        assertThat(operator.get("/api/v1/employments/" + workerOfB)
                        .json()
                        .at("/employment/state")
                        .asString())
                .isEqualTo("PENDING_BIOMETRICS");
    }

    @Test
    void aBajaFormSubmittedTwiceFilesOneBaja() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("DBL251101K7");
        register(rfc, "Doble Envío, S.A.", "K1100000101");
        ApiClient operator = new ApiClient(baseUrl(), "double.operator", accountWith("double.operator", Role.OPERATOR));
        String worker = hire(operator, "K1100000101");
        PortalSession employer = new PortalSession(baseUrl());
        signIn(employer, sat.efirma(rfc, "DOBLE ENVIO SA", "x"));
        String page = employer.get("/empresa/empleos/" + worker).body();
        String form = "endDate=" + java.time.LocalDate.now(MovementDates.ZONE) + "&cause=OTRAS&key="
                + group(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), page);

        HttpResponse<String> first =
                employer.post("/empresa/empleos/" + worker + "/baja", PortalSession.csrfOf(page), form);
        HttpResponse<String> second =
                employer.post("/empresa/empleos/" + worker + "/baja", PortalSession.csrfOf(page), form);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from employer.movement where employment_id = :id and kind = 'BAJA'")
                        .param("id", UUID.fromString(worker))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDelegateSignsInWithPasswordAndTotpAndReachesOnlyTheRegistrosGranted() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("DEL251101K7");
        register(rfc, "Delegaciones, S.A.", "K1100000051", "K1100000061");
        PortalSession employer = new PortalSession(baseUrl());
        signIn(employer, sat.efirma(rfc, "DELEGACIONES SA", "x"));
        ShownOnce created = createDelegate(
                employer,
                "username=rh.ana&fullName=Ana+RH&email=ana%40delegaciones.example&registros=K1100000051&mayEnroll=true");
        String password = created.password();
        String secret = created.totp();

        PortalSession delegate = new PortalSession(baseUrl());
        HttpResponse<String> wrongCode = delegateSignIn(delegate, "rh.ana", password, "000000");
        HttpResponse<String> signedIn = delegateSignIn(
                delegate, "rh.ana", password, TotpCodes.code(base32(secret), TotpCodes.step(Instant.now())));

        assertThat(wrongCode.body()).contains("Usuario, contraseña o código incorrectos");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(delegate.get("/empresa/registros/K1100000051").statusCode()).isEqualTo(200);
        assertThat(delegate.get("/empresa/registros/K1100000061").statusCode()).isEqualTo(403);
        assertThat(delegate.get("/empresa/delegados").statusCode()).isEqualTo(403);
        assertThat(delegate.get("/persons").statusCode()).isEqualTo(403);
        // Employer-side capture: its own registro's workers only.
        ApiClient operator =
                new ApiClient(baseUrl(), "capture.operator", accountWith("capture.operator", Role.OPERATOR));
        String own = hire(operator, "K1100000051");
        String other = hire(operator, "K1100000061");
        String ownPerson = operator.get("/api/v1/employments/" + own)
                .json()
                .at("/employment/personId")
                .asString();
        String otherPerson = operator.get("/api/v1/employments/" + other)
                .json()
                .at("/employment/personId")
                .asString();
        assertThat(delegate.get("/empresa/empleos/" + own).body()).contains("id=\"enroll-now\"");
        assertThat(delegate.get("/enrollment/persons/" + ownPerson).statusCode())
                .isEqualTo(200);
        assertThat(delegate.get("/enrollment/persons/" + otherPerson).statusCode())
                .isEqualTo(403);

        // From its premises: the employer's own capture station, never the institute's.
        var ownStation = devices.register(
                DeviceKind.CAPTURE_STATION, "Estación RH Delegaciones", "Oficinas de RH", rfc, Actor.SYSTEM);
        var instituteStation = devices.register(DeviceKind.CAPTURE_STATION, "Estación UMF 99", "UMF 99", Actor.SYSTEM);
        assertThat(operator.post(
                                "/api/v1/persons/" + ownPerson + "/biometric-consent",
                                ApiClient.json(Map.of(
                                        "noticeVersion",
                                        mx.huella.enrollment.ConsentService.NOTICE_VERSION,
                                        "language",
                                        "es")))
                        .status())
                .isEqualTo(201);
        String session = operator.post("/api/v1/enrollments", ApiClient.json(Map.of("personId", ownPerson)))
                .json()
                .get("id")
                .asString();
        String sessionPage = delegate.get("/enrollment/sessions/" + session).body();
        delegate.post(
                "/enrollment/sessions/" + session + "/station",
                PortalSession.csrfOf(sessionPage),
                "stationId=" + instituteStation.device().id());
        String refused = delegate.get("/enrollment/sessions/" + session).body();
        delegate.post(
                "/enrollment/sessions/" + session + "/station",
                PortalSession.csrfOf(refused),
                "stationId=" + ownStation.device().id());
        Reply staffToEmployerStation = operator.put(
                "/api/v1/enrollments/" + session + "/station",
                ApiClient.json(Map.of("stationId", ownStation.device().id().toString())));

        HttpResponse<String> browserUpload = delegate.postFile(
                "/enrollment/sessions/" + session + "/samples/1",
                PortalSession.csrfOf(sessionPage),
                "sample",
                mx.huella.tools.synthetic.GrayImagePng.encode(new mx.huella.tools.synthetic.SyntheticFingerprints(7)
                        .finger(1)
                        .impression(0)));

        assertThat(sessionPage).contains("Estación RH Delegaciones").doesNotContain("Estación UMF 99");
        assertThat(sessionPage)
                .as("no file upload or camera at an employer's premises")
                .doesNotContain("id=\"sample-1\"", "data-camera-open");
        assertThat(browserUpload.body()).contains("estación de captura registrada");
        assertThat(jdbc.sql("select count(*) from enrollment.capture where session_id = :s")
                        .param("s", UUID.fromString(session))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(refused).contains("id=\"station-refused\"");
        assertThat(staffToEmployerStation.status()).isEqualTo(422);
        assertThat(jdbc.sql("select station_id from enrollment.session where id = :id")
                        .param("id", UUID.fromString(session))
                        .query(UUID.class)
                        .single())
                .isEqualTo(ownStation.device().id());
        assertThatThrownBy(() -> devices.register(
                        DeviceKind.CAPTURE_STATION, "Estación ajena", "", rfc("NOE251101K7"), Actor.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> devices.register(DeviceKind.KIOSK, "Quiosco de RH", "", rfc, Actor.SYSTEM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revokingADelegateEndsItsWebSessionAndItsApiTokenAtOnce() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("REV251101K7");
        register(rfc, "Revocaciones, S.A.", "K1100000111");
        PortalSession employer = new PortalSession(baseUrl());
        signIn(employer, sat.efirma(rfc, "REVOCACIONES SA", "x"));
        ShownOnce created = createDelegate(
                employer, "username=rh.rev&fullName=Rita&email=rita%40revocaciones.example&registros=K1100000111");
        String password = created.password();
        byte[] secret = base32(created.totp());
        UUID delegateId = jdbc.sql("select id from employer.delegate where username = 'rh.rev'")
                .query(UUID.class)
                .single();
        long step = TotpCodes.step(Instant.now());
        PortalSession browser = new PortalSession(baseUrl());
        delegateSignIn(browser, "rh.rev", password, TotpCodes.code(secret, step));
        ApiClient api = delegateToken("rh.rev", password, TotpCodes.code(secret, step + 1));
        HttpResponse<String> pageBefore = browser.get("/empresa/registros/K1100000111");
        int apiBefore = api.get("/api/v1/registros/K1100000111/employments").status();

        String list = employer.get("/empresa/delegados").body();
        employer.post("/empresa/delegados/" + delegateId + "/revocacion", PortalSession.csrfOf(list), "");
        HttpResponse<String> pageAfter = browser.get("/empresa/registros/K1100000111");
        int apiAfter = api.get("/api/v1/registros/K1100000111/employments").status();

        assertThat(pageBefore.statusCode()).isEqualTo(200);
        assertThat(apiBefore).isEqualTo(200);
        assertThat(pageAfter.statusCode()).isEqualTo(302);
        assertThat(pageAfter.headers().firstValue("Location").orElseThrow()).endsWith("/empresa/login");
        assertThat(browser.get("/empresa/registros/K1100000111").statusCode()).isEqualTo(302);
        assertThat(apiAfter).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from employer.api_token where delegate_id = :id")
                        .param("id", delegateId)
                        .query(Long.class)
                        .single())
                .isZero();

        // A file the delegate queued before its revocation is not filed once the worker takes it up.
        UUID employerId = jdbc.sql("select employer_id from employer.delegate where id = :id")
                .param("id", delegateId)
                .query(UUID.class)
                .single();
        UUID queued = bulkUploads.submit(
                "K1100000111",
                "antes.csv",
                ("movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n08,PEGJ900101HDFRRN09,,1,0,450.00,"
                                + java.time.LocalDate.now() + ",\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                BulkUploads.Mode.VALID_ONLY,
                EmployerAccess.delegate(employerId, java.util.Set.of("K1100000111")),
                delegateId,
                new Actor("delegate:rh.rev", "WEB"));
        String state = "QUEUED";
        for (int i = 0; i < 300 && (state.equals("QUEUED") || state.equals("PROCESSING")); i++) {
            sleep(100);
            state = jdbc.sql("select state from employer.bulk_upload where id = :id")
                    .param("id", queued)
                    .query(String.class)
                    .single();
        }
        assertThat(state).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select reason from employer.bulk_upload_error where upload_id = :id")
                        .param("id", queued)
                        .query(String.class)
                        .single())
                .contains("terminó");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDelegatesTotpSecretIsStoredSealedAndItsCodesStillSignIn() {
        NewDelegate created = newDelegate("SEL251101K7", "K1100000121", "rh.sealed");
        byte[] stored = jdbc.sql("select totp_secret from employer.delegate where id = :id")
                .param("id", created.id())
                .query(byte[].class)
                .single();

        HttpResponse<String> signedIn = delegateSignIn(
                new PortalSession(baseUrl()),
                "rh.sealed",
                created.password(),
                TotpCodes.code(created.secret(), TotpCodes.step(Instant.now())));

        assertThat(stored).isNotEqualTo(created.secret());
        assertThat(java.util.HexFormat.of().formatHex(stored))
                .doesNotContain(java.util.HexFormat.of().formatHex(created.secret()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aTotpSecretStoredInPlainTextByAnEarlierVersionIsSealedOnStartAndStillSignsIn() {
        NewDelegate created = newDelegate("PLA251101K7", "K1100000131", "rh.plain");
        jdbc.sql("update employer.delegate set totp_secret = :plain, totp_sealed = false where id = :id")
                .param("plain", created.secret())
                .param("id", created.id())
                .update();

        int sealed = sealing.sealUnsealed();
        byte[] stored = jdbc.sql("select totp_secret from employer.delegate where id = :id")
                .param("id", created.id())
                .query(byte[].class)
                .single();
        HttpResponse<String> signedIn = delegateSignIn(
                new PortalSession(baseUrl()),
                "rh.plain",
                created.password(),
                TotpCodes.code(created.secret(), TotpCodes.step(Instant.now())));

        assertThat(sealed).isPositive();
        assertThat(stored).isNotEqualTo(created.secret());
        assertThat(sealing.sealUnsealed()).isZero();
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void throughTheApiADelegatesTokenReachesOnlyTheRegistrosGrantedNeverOthersOfItsEmployerNorAnotherEmployers() {
        NewDelegate created = newDelegate("DAP251101K7", "K1100000141", "rh.api", "K1100000151");
        register(rfc("DAQ251101K7"), "Otro Patrón, S.A.", "K1100000161");
        ApiClient operator = new ApiClient(baseUrl(), "tenant.operator", accountWith("tenant.operator", Role.OPERATOR));
        String granted = hire(operator, "K1100000141");
        String notGranted = hire(operator, "K1100000151");
        String foreign = hire(operator, "K1100000161");
        String notGrantedUpload = bulkUpload(operator, "K1100000151");
        String foreignUpload = bulkUpload(operator, "K1100000161");
        ApiClient delegate = delegateToken(
                "rh.api", created.password(), TotpCodes.code(created.secret(), TotpCodes.step(Instant.now())));
        String today = java.time.LocalDate.now(MovementDates.ZONE).toString();
        String raise = ApiClient.json(Map.of("sbc", "500.00", "effectiveDate", today));
        String baja = ApiClient.json(Map.of("endDate", today, "cause", "OTRAS"));
        byte[] csv = "movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n".getBytes();

        assertThat(delegate.get("/api/v1/registros/K1100000141/employments").body())
                .contains(granted);
        assertThat(delegate.get("/api/v1/employments/" + granted).status()).isEqualTo(200);
        assertThat(delegate.download(acuseOf(operator, granted), "application/pdf"))
                .isNotNull();
        assertThat(delegate.get("/api/v1/bulk-uploads/" + bulkUpload(delegate, "K1100000141"))
                        .status())
                .isEqualTo(200);
        for (String[] other :
                new String[][] {{"K1100000151", notGranted, notGrantedUpload}, {"K1100000161", foreign, foreignUpload}
                }) {
            String registro = other[0];
            String employment = other[1];
            String upload = other[2];
            assertThat(delegate.get("/api/v1/registros/" + registro + "/employments")
                            .status())
                    .isEqualTo(403);
            assertThat(delegate.get("/api/v1/employments/" + employment).status())
                    .isEqualTo(404);
            assertThat(delegate.post("/api/v1/employments/" + employment + "/salary", raise)
                            .status())
                    .isEqualTo(404);
            assertThat(delegate.post("/api/v1/employments/" + employment + "/baja", baja)
                            .status())
                    .isEqualTo(404);
            assertThat(delegate.download(acuseOf(operator, employment), "application/pdf"))
                    .isNull();
            assertThat(delegate.postBytes("/api/v1/registros/" + registro + "/bulk-uploads", csv, "text/csv")
                            .status())
                    .isEqualTo(403);
            assertThat(delegate.get("/api/v1/bulk-uploads/" + upload).status()).isEqualTo(404);
            assertThat(delegate.download("/api/v1/bulk-uploads/" + upload + "/errors", "text/csv"))
                    .isNull();
            assertThat(operator.get("/api/v1/employments/" + employment)
                            .json()
                            .at("/employment/state")
                            .asString())
                    .isEqualTo("PENDING_BIOMETRICS");
        }

        // A grant withdrawn while a token lives: the token's next request acts with what is held now.
        jdbc.sql("delete from employer.delegate_registro where delegate_id = :id and registro = 'K1100000141'")
                .param("id", created.id())
                .update();
        jdbc.sql("insert into employer.delegate_registro (delegate_id, registro) values (:id, 'K1100000151')")
                .param("id", created.id())
                .update();
        assertThat(delegate.get("/api/v1/registros/K1100000141/employments").status())
                .isEqualTo(403);
        assertThat(delegate.get("/api/v1/registros/K1100000151/employments").body())
                .contains(notGranted);
    }

    @Test
    void fiveFailedDelegateSignInsLockTheAccount() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfc = rfc("LCK251101K7");
        register(rfc, "Bloqueos, S.A.", "K1100000071");
        PortalSession employer = new PortalSession(baseUrl());
        signIn(employer, sat.efirma(rfc, "BLOQUEOS SA", "x"));
        ShownOnce created = createDelegate(
                employer, "username=rh.lock&fullName=Luis&email=luis%40bloqueos.example&registros=K1100000071");
        String password = created.password();
        String secret = created.totp();
        PortalSession delegate = new PortalSession(baseUrl());

        for (int attempt = 0; attempt < 5; attempt++) {
            delegateSignIn(delegate, "rh.lock", "wrong-" + attempt, "123456");
        }
        HttpResponse<String> genuine = delegateSignIn(
                delegate, "rh.lock", password, TotpCodes.code(base32(secret), TotpCodes.step(Instant.now())));

        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("Cuenta bloqueada");
    }

    @Test
    void throughTheApiAnEmployersTokenReachesOnlyItsOwnRegistrosAndWorkers() {
        DemoCertificateAuthority sat = PortalAuthority.authority();
        String rfcA = rfc("APA251101K7");
        String rfcB = rfc("APB251101K7");
        register(rfcA, "Api A, S.A.", "K1100000081");
        register(rfcB, "Api B, S.A.", "K1100000091");
        ApiClient operator = new ApiClient(baseUrl(), "api.operator", accountWith("api.operator", Role.OPERATOR));
        String workerOfA = hire(operator, "K1100000081");
        String workerOfB = hire(operator, "K1100000091");
        ApiClient anonymous = ApiClient.authorizedBy(baseUrl(), "");
        var challenge =
                anonymous.post("/api/v1/employer-sessions/challenge", "").json();
        DemoCertificateAuthority.Issued efirma = sat.efirma(rfcA, "API A", "x");
        var session = anonymous.post(
                "/api/v1/employer-sessions",
                ApiClient.json(Map.of(
                        "challengeId",
                        challenge.get("id").asString(),
                        "certificate",
                        Base64.getEncoder().encodeToString(efirma.cer()),
                        "signature",
                        Base64.getEncoder()
                                .encodeToString(DemoCertificateAuthority.sign(
                                        efirma.privateKey(),
                                        challenge.get("text").asString())))));
        ApiClient a = ApiClient.authorizedBy(
                baseUrl(), "Bearer " + session.json().get("token").asString());
        String curp = operator.get("/api/v1/persons/" + new Enrollments(operator).registerPerson())
                .json()
                .get("curp")
                .asString();
        String alta = ApiClient.json(Map.of(
                "curp", curp,
                "workerType", "PERMANENTE",
                "salaryType", "FIJO",
                "sbc", "480.00",
                "startDate", java.time.LocalDate.now(MovementDates.ZONE).toString()));

        assertThat(session.status()).as(session.body()).isEqualTo(201);
        assertThat(a.get("/api/v1/registros/K1100000081/employments").body()).contains(workerOfA);
        assertThat(a.get("/api/v1/employments/" + workerOfA).status()).isEqualTo(200);
        assertThat(a.get("/api/v1/registros/K1100000091/employments").status()).isEqualTo(403);
        assertThat(a.get("/api/v1/employments/" + workerOfB).status()).isEqualTo(404);
        assertThat(a.post(
                                "/api/v1/employments/" + workerOfB + "/baja",
                                ApiClient.json(Map.of(
                                        "endDate", java.time.LocalDate.now().toString(), "cause", "OTRAS")))
                        .status())
                .isEqualTo(404);
        assertThat(a.post(
                                "/api/v1/employments/" + workerOfB + "/salary",
                                ApiClient.json(Map.of(
                                        "sbc",
                                        "500.00",
                                        "effectiveDate",
                                        java.time.LocalDate.now(MovementDates.ZONE)
                                                .toString())))
                        .status())
                .isEqualTo(404);
        assertThat(a.download(acuseOf(operator, workerOfB), "application/pdf")).isNull();
        assertThat(a.download(acuseOf(operator, workerOfA), "application/pdf")).isNotNull();
        assertThat(a.post("/api/v1/registros/K1100000091/altas", alta).status()).isEqualTo(403);
        assertThat(a.post("/api/v1/registros/K1100000081/altas", alta).status()).isEqualTo(201);
        assertThat(a.get("/api/v1/persons/" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(ApiClient.authorizedBy(baseUrl(), "Bearer not-a-token")
                        .get("/api/v1/registros/K1100000081/employments")
                        .status())
                .isEqualTo(401);
        assertThat(operator.get("/api/v1/employments/" + workerOfB)
                        .json()
                        .at("/employment/state")
                        .asString())
                .isEqualTo("PENDING_BIOMETRICS");
    }

    private record NewDelegate(UUID id, String password, byte[] secret) {}

    /** A new employer with the registros, signed in with its e.firma, creates a delegate for the first. */
    private NewDelegate newDelegate(String rfcBody, String registro, String username, String... others) {
        String rfc = rfc(rfcBody);
        register(
                rfc,
                "Patrón " + rfcBody,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(registro), java.util.Arrays.stream(others))
                        .toArray(String[]::new));
        PortalSession employer = new PortalSession(baseUrl());
        signIn(employer, PortalAuthority.authority().efirma(rfc, "PATRON " + rfcBody, "x"));
        ShownOnce created = createDelegate(
                employer,
                "username=" + username + "&fullName=Delegado&email=rh%40" + rfcBody.toLowerCase()
                        + ".example&registros=" + registro);
        UUID id = jdbc.sql("select id from employer.delegate where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
        return new NewDelegate(id, created.password(), base32(created.totp()));
    }

    private ApiClient delegateToken(String username, String password, String code) {
        var session = ApiClient.authorizedBy(baseUrl(), "")
                .post(
                        "/api/v1/employer-sessions",
                        ApiClient.json(Map.of("username", username, "password", password, "code", code)));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        return ApiClient.authorizedBy(
                baseUrl(), "Bearer " + session.json().get("token").asString());
    }

    /** The acuse of an employment's first movement, as the operator sees it. */
    private static String acuseOf(ApiClient operator, String employment) {
        String folio = operator.get("/api/v1/employments/" + employment)
                .json()
                .at("/movements/0/folio")
                .asString();
        return "/api/v1/employments/" + employment + "/movements/" + folio + "/acuse";
    }

    private static String bulkUpload(ApiClient client, String registro) {
        var submitted = client.postBytes(
                "/api/v1/registros/" + registro + "/bulk-uploads",
                "movimiento,curp,nss,tipo_trabajador,tipo_salario,sbc,fecha,causa\n".getBytes(),
                "text/csv");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return submitted.json().get("id").asString();
    }

    private DemoCertificateAuthority.Issued registeredEfirma(String rfcBody, String registro) {
        String rfc = rfc(rfcBody);
        register(rfc, "Patrón " + rfcBody, registro);
        return PortalAuthority.authority().efirma(rfc, "PATRON " + rfcBody, "x");
    }

    private ApiClient anonymous() {
        return ApiClient.authorizedBy(baseUrl(), "");
    }

    /** A fresh API challenge signed with the e.firma: the body of a session request. */
    private String signedChallenge(DemoCertificateAuthority.Issued efirma) {
        var challenge =
                anonymous().post("/api/v1/employer-sessions/challenge", "").json();
        return ApiClient.json(Map.of(
                "challengeId",
                challenge.get("id").asString(),
                "certificate",
                Base64.getEncoder().encodeToString(efirma.cer()),
                "signature",
                Base64.getEncoder()
                        .encodeToString(DemoCertificateAuthority.sign(
                                efirma.privateKey(), challenge.get("text").asString()))));
    }

    /** A delegate's first password and TOTP key, as the employer is shown them once. */
    private record ShownOnce(String password, String totp) {}

    private static ShownOnce createDelegate(PortalSession employer, String form) {
        String page = employer.get("/empresa/delegados").body();
        String created = employer.post("/empresa/delegados", PortalSession.csrfOf(page), form)
                .body();
        return new ShownOnce(
                group(Pattern.compile("id=\"delegate-password\">([^<]+)<"), created),
                group(Pattern.compile("id=\"delegate-totp\">([^<]+)<"), created));
    }

    private HttpResponse<String> signIn(PortalSession browser, DemoCertificateAuthority.Issued efirma) {
        String page = browser.get("/empresa/login").body();
        return browser.post("/empresa/login/efirma", PortalSession.csrfOf(page), signedForm(page, efirma));
    }

    private String refusal(DemoCertificateAuthority.Issued efirma) {
        HttpResponse<String> reply = signIn(new PortalSession(baseUrl()), efirma);
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    private static HttpResponse<String> delegateSignIn(
            PortalSession browser, String user, String password, String code) {
        String page = browser.get("/empresa/login").body();
        return browser.post(
                "/empresa/login/delegado",
                PortalSession.csrfOf(page),
                "username=" + PortalSession.encode(user) + "&password=" + PortalSession.encode(password) + "&code="
                        + code);
    }

    private static String signedForm(String page, DemoCertificateAuthority.Issued efirma) {
        String id = group(CHALLENGE_ID, page);
        String text = group(CHALLENGE_TEXT, page);
        byte[] signature = DemoCertificateAuthority.sign(efirma.privateKey(), text);
        return "challengeId=" + id + "&certificate="
                + PortalSession.encode(Base64.getEncoder().encodeToString(efirma.cer())) + "&signature="
                + PortalSession.encode(Base64.getEncoder().encodeToString(signature));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1).replace("&#124;", "|").replace("&#61;", "=");
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static String rfc(String withoutCheckDigit) {
        return withoutCheckDigit + Rfc.checkDigit(withoutCheckDigit);
    }

    private void register(String rfc, String name, String... registros) {
        employers.register(
                Rfc.parse(rfc),
                name,
                java.util.Arrays.stream(registros).map(RegistroPatronal::parse).toList(),
                null,
                Actor.SYSTEM);
    }

    private static String hire(ApiClient operator, String registro) {
        String person = new Enrollments(operator).registerPerson();
        String curp =
                operator.get("/api/v1/persons/" + person).json().get("curp").asString();
        var alta = operator.post(
                "/api/v1/registros/" + registro + "/altas",
                ApiClient.json(Map.of(
                        "curp", curp,
                        "workerType", "PERMANENTE",
                        "salaryType", "FIJO",
                        "sbc", "480.00",
                        "startDate", java.time.LocalDate.now(MovementDates.ZONE).toString())));
        assertThat(alta.status()).as(alta.body()).isEqualTo(201);
        return alta.json().get("employmentId").asString();
    }
}
