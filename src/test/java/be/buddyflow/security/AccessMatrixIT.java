package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.PartnerAccounts;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix of issue "Care-grade data protection": every demo role, both demo
 * organisations, our {@code /api}, the engine REST API as Tasklist and Cockpit use it, and the
 * webapps' own APIs, each cell a real HTTP call as that user. One Gent case (referred by
 * {@code intake-system}, duo with Victor) and one Leuven case (referred by a second partner account,
 * duo with Vera) are driven to the active phase first, and each buddy raises a concern, so that
 * every kind of data exists: the case file, a psychosocial note (the concern's text), tasks of each
 * side, process variables and their history.
 *
 * <p>The expected table is docs/roles-and-permissions.md, section "Access matrix (tested)": the
 * test fails when the two differ. The observed matrix is printed and written to
 * {@code target/access-matrix.md}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** A second partner system, so that "only the cases it referred" is tested across two partners. */
    static final String PARTNER = "partner-two";
    // Meets the password policy, which is on in the demo profile too: not the id, first or last name.
    static final String PARTNER_PASSWORD = "Kanaal-Zeven-Brug-9!";

    static final Path DOC = Path.of("docs/roles-and-permissions.md");
    static final String DOC_START = "<!-- access-matrix:start -->";
    static final String DOC_END = "<!-- access-matrix:end -->";

    /** Values of the case file that must never reach a volunteer or a coordinator through variables. */
    static final String GENT_FAMILY_NAME = "Matrixgent";
    static final String LEUVEN_FAMILY_NAME = "Matrixleuven";
    static final String GENT_CONCERN = "Buddy Gent slaapt slecht en piekert veel";
    static final String LEUVEN_CONCERN = "Buddy Leuven voelt zich erg somber";

    /** Who calls: each demo user, the second partner and nobody at all. */
    enum Caller {
        SOFIE("sofie", "social-workers", "OCMW Gent"),
        SAMIR("samir", "social-workers", "OCMW Leuven"),
        CORA("cora", "coordinators", "installation"),
        VICTOR("victor", "volunteers", "Gent duo"),
        VERA("vera", "volunteers", "Leuven duo"),
        MONA("mona", "managers", "installation"),
        DORA("dora", "data-protection-officers", "installation"),
        INTAKE_SYSTEM("intake-system", "integration", "referred Gent"),
        PARTNER_TWO(PARTNER, "integration", "referred Leuven"),
        ANONYMOUS("anonymous", "-", "-");

        final String user;
        final String role;
        final String organisation;

        Caller(String user, String role, String organisation) {
            this.user = user;
            this.role = role;
            this.organisation = organisation;
        }

        String header() {
            return user + " (" + role + ", " + organisation + ")";
        }
    }

    enum Org { GENT, LEUVEN, NONE }

    /** One expected cell: allowed or denied, and what exactly is observed (a status or a visibility). */
    record Expect(boolean allowed, String observed) {
        String cell() {
            return (allowed ? "ALLOWED " : "DENIED ") + observed;
        }
    }

    /** One row of the matrix: a resource and an action on one organisation's case, for every caller. */
    record Row(String door, String resource, Org org, BiFunction<AccessMatrixIT, Caller, String> probe,
            Map<Caller, Expect> expected) {
        String label() {
            return door + " | " + resource + (org == Org.NONE ? "" : " | " + org.name().charAt(0)
                    + org.name().substring(1).toLowerCase(Locale.ROOT) + " case");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    /** What each organisation's case looks like once prepared. */
    record Fixture(String caseId, String activeInstance, String rootInstance, String socialWorkerTask,
            String volunteerTask, long concernId, String familyName, String concernText) {
    }

    private final Map<Org, Fixture> fixtures = new EnumMap<>(Org.class);
    private final Map<Caller, WebappSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> observed = new ConcurrentHashMap<>();

    @BeforeAll
    void twoCasesInTheActivePhase() {
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE user_id IN ('victor', 'vera')").update();
        createPartnerAccount();
        fixtures.put(Org.GENT, prepare("intake-system", "9000", GENT_FAMILY_NAME, "sofie", "victor", GENT_CONCERN));
        fixtures.put(Org.LEUVEN, prepare(PARTNER, "3000", LEUVEN_FAMILY_NAME, "samir", "vera", LEUVEN_CONCERN));
    }

    Stream<Arguments> cells() {
        return rows().stream().flatMap(row -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(row.label() + " as " + caller.user, row, caller)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void accessIsAsTheMatrixSays(String name, Row row, Caller caller) {
        String seen = row.probe().apply(this, caller);
        Expect expected = row.expected().get(caller);
        boolean allowed = seen.startsWith("2") || seen.startsWith("visible");
        String cell = (allowed ? "ALLOWED " : "DENIED ") + seen;
        observed.put(row.label() + "#" + caller.name(), cell);
        assertThat(cell).as(name).isEqualTo(expected.cell());
    }

    @Test
    void theDocumentedMatrixIsTheTestedOne() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(DOC_START);
        int end = doc.indexOf(DOC_END);
        assertThat(start).as("section markers in " + DOC).isNotNegative();
        assertThat(end).isGreaterThan(start);
        assertThat(doc.substring(start + DOC_START.length(), end).strip())
                .as("docs/roles-and-permissions.md, 'Access matrix (tested)', equals AccessMatrixIT.rows()")
                .isEqualTo(table(false).strip());
    }

    /** The guard against filtering by variable values leaves administrators their Cockpit search. */
    @Test
    void administratorsMayStillFindInstancesByVariableValue() {
        String gent = caseOf(Org.GENT);
        assertThat(visibility(Http.as("admin", port).get("/engine-rest/history/process-instance?processInstanceBusinessKey="
                + gent + "&variables=newcomerGender_eq_WOMAN"))).isEqualTo("visible");
        assertThat(visibility(Http.as("admin", port).get("/engine-rest/process-instance?businessKey=" + gent
                + "&variables=caseTeam_eq_ocmw-gent"))).isEqualTo("visible");
        WebappSession cockpit = WebappSession.login(port, "admin", Http.DEMO_PASSWORD, "cockpit");
        assertThat(visibility(cockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance",
                "{\"businessKey\": \"" + gent + "\", \"variables\": [{\"name\": \"caseTeam\", \"operator\": \"eq\", "
                        + "\"value\": \"ocmw-gent\"}]}"))).isEqualTo("visible");
        assertThat(visibility(Http.as("sofie", port).get("/engine-rest/task?processInstanceBusinessKey=" + gent
                + "&processVariables=caseTeam_eq_ocmw-gent"))).as("Tasklist's search by process variable").isEqualTo("visible");
    }

    @AfterAll
    void printTheMatrix() throws IOException {
        String table = table(true);
        System.out.println("\nAccess matrix (observed):\n" + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/access-matrix.md"), "# Access matrix (observed by AccessMatrixIT)\n\n"
                + "Cases: Gent " + caseIdOrNone(Org.GENT) + ", Leuven " + caseIdOrNone(Org.LEUVEN) + ".\n\n" + table);
        // The expected table, ready for docs/roles-and-permissions.md.
        Files.writeString(Path.of("target/access-matrix-expected.md"), table(false));
    }

    /** The case id, or a note when preparing it failed (then that failure is the one to read). */
    private String caseIdOrNone(Org org) {
        Fixture fixture = fixtures.get(org);
        return fixture == null ? "(not prepared)" : fixture.caseId();
    }

    /** The matrix as Markdown: expected cells, or (observed) what the run saw, marked where it differs. */
    String table(boolean withObserved) {
        StringBuilder md = new StringBuilder("| Door | Resource and action | Case |");
        for (Caller caller : Caller.values()) {
            md.append(' ').append(caller.user).append(" |");
        }
        md.append("\n|---|---|---|");
        md.append("---|".repeat(Caller.values().length)).append('\n');
        for (Row row : rows()) {
            md.append("| ").append(row.door()).append(" | `").append(row.resource()).append("` | ")
                    .append(row.org() == Org.NONE ? "–" : row.org().name().charAt(0)
                            + row.org().name().substring(1).toLowerCase(Locale.ROOT))
                    .append(" |");
            for (Caller caller : Caller.values()) {
                Expect expect = row.expected().get(caller);
                String cell = (expect.allowed() ? "✅ " : "⛔ ") + expect.observed();
                if (withObserved) {
                    String seen = observed.get(row.label() + "#" + caller.name());
                    if (seen == null) {
                        cell += " (not run)";
                    } else if (!seen.equals(expect.cell())) {
                        cell += " **≠ " + seen + "**";
                    }
                }
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        md.append("\nCallers: ");
        for (Caller caller : Caller.values()) {
            md.append(caller.header()).append(caller.ordinal() < Caller.values().length - 1 ? "; " : ".\n");
        }
        return md.toString();
    }

    // ------------------------------------------------------------------------------------------------
    // The rows
    // ------------------------------------------------------------------------------------------------

    static Expect ok(int status) {
        return new Expect(true, String.valueOf(status));
    }

    static Expect no(int status) {
        return new Expect(false, String.valueOf(status));
    }

    static final Expect VISIBLE = new Expect(true, "visible");
    static final Expect NONE = new Expect(false, "none");
    /** Variables readable, and none of them is case-file data. */
    static final Expect CLEAN = new Expect(true, "200 no case data");

    /** Expectations by caller; callers not named get {@code others}. */
    static Map<Caller, Expect> expect(Expect others, Object... callerThenExpect) {
        Map<Caller, Expect> map = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            map.put(caller, others);
        }
        // Without credentials every door answers 401 before it looks at anything.
        map.put(Caller.ANONYMOUS, no(401));
        for (int i = 0; i < callerThenExpect.length; i += 2) {
            map.put((Caller) callerThenExpect[i], (Expect) callerThenExpect[i + 1]);
        }
        return map;
    }

    static Org other(Org org) {
        return org == Org.GENT ? Org.LEUVEN : Org.GENT;
    }

    static Caller socialWorker(Org org) {
        return org == Org.GENT ? Caller.SOFIE : Caller.SAMIR;
    }

    static Caller volunteer(Org org) {
        return org == Org.GENT ? Caller.VICTOR : Caller.VERA;
    }

    static Caller referrer(Org org) {
        return org == Org.GENT ? Caller.INTAKE_SYSTEM : Caller.PARTNER_TWO;
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Our API.
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/cases/{id}", org, (t, c) -> t.api(c).get("/api/cases/" + t.caseOf(org))
                    .status() + "", expect(no(403), referrer(org), ok(200), referrer(other(org)), no(404))));
        }
        rows.add(new Row("/api", "POST /api/referrals", Org.NONE, (t, c) -> t.api(c).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Matrixnieuw")).status() + "",
                expect(no(403), Caller.INTAKE_SYSTEM, ok(201), Caller.PARTNER_TWO, ok(201))));
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/cases/{id}/candidates", org, (t, c) -> t.api(c)
                    .get("/api/cases/" + t.caseOf(org) + "/candidates").status() + "",
                    expect(no(403), Caller.CORA, ok(200))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/cases/{id}/participation-proof", org, (t, c) -> t.api(c)
                    .get("/api/cases/" + t.caseOf(org) + "/participation-proof").status() + "",
                    expect(no(403), socialWorker(org), ok(200), socialWorker(other(org)), no(404))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/workspace/cases/{id}/participation-proof.pdf (session)", org,
                    (t, c) -> t.session(c).get("/api/workspace/cases/" + t.caseOf(org) + "/participation-proof.pdf")
                            .status() + "",
                    expect(no(403), socialWorker(org), ok(200), socialWorker(other(org)), no(404))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/duo-requests/{id} (a buddy's concern)", org, (t, c) -> t.api(c)
                    .get("/api/duo-requests/" + t.fixtures.get(org).concernId()).status() + "",
                    expect(no(403), socialWorker(org), ok(200), socialWorker(other(org)), no(404))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "POST /api/cases/{id}/events/recognition-granted", org, (t, c) -> t.api(c)
                    .postJson("/api/cases/" + t.caseOf(org) + "/events/recognition-granted", """
                            {"eventId": "matrix-%s", "recognitionDate": "%s"}""".formatted(
                            java.util.UUID.randomUUID(), LocalDate.now())).status() + "",
                    expect(no(403), referrer(org), ok(202), referrer(other(org)), no(404))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/cases/{id}/consents", org, (t, c) -> t.api(c)
                    .get("/api/cases/" + t.caseOf(org) + "/consents").status() + "",
                    expect(no(403), socialWorker(org), ok(200), socialWorker(other(org)), no(404))));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("/api", "GET /api/audit/case-access?caseId={case}", org, (t, c) -> t.api(c)
                    .get("/api/audit/case-access?caseId=" + t.caseOf(org)).status() + "",
                    expect(no(403), Caller.MONA, ok(200), Caller.DORA, ok(200))));
        }
        rows.add(new Row("/api", "GET /api/matching/cohort", Org.NONE, (t, c) -> t.api(c).get("/api/matching/cohort")
                .status() + "", expect(no(403), Caller.CORA, ok(200))));

        // Engine REST as Tasklist uses it.
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Tasklist", "GET /engine-rest/task?processInstanceBusinessKey={case}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/task?processInstanceBusinessKey=" + t.caseOf(org))),
                    expect(NONE, socialWorker(org), VISIBLE, volunteer(org), VISIBLE, Caller.CORA, VISIBLE)));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Tasklist", "GET /engine-rest/task/{social worker's task}/variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/task/" + t.fixtures.get(org).socialWorkerTask()
                            + "/variables")), expect(no(403), socialWorker(org), ok(200))));
            rows.add(new Row("Tasklist", "GET /engine-rest/task/{social worker's task}/form-variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/task/" + t.fixtures.get(org).socialWorkerTask()
                            + "/form-variables")), expect(no(403), socialWorker(org), ok(200))));
            rows.add(new Row("Tasklist", "GET /engine-rest/task/{volunteer's task}/variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/task/" + t.fixtures.get(org).volunteerTask()
                            + "/variables")), expect(no(403), volunteer(org), CLEAN, Caller.CORA, CLEAN)));
            rows.add(new Row("Tasklist", "GET /engine-rest/task/{volunteer's task}/form-variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/task/" + t.fixtures.get(org).volunteerTask()
                            + "/form-variables")), expect(no(403), volunteer(org), CLEAN, Caller.CORA, CLEAN)));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Tasklist", "POST /camunda/api/engine/engine/default/task (Tasklist's own API, session)", org,
                    (t, c) -> t.visibility(t.session(c).postJson("/camunda/api/engine/engine/default/task",
                            "{\"processInstanceBusinessKey\": \"" + t.caseOf(org) + "\"}")),
                    expect(NONE, socialWorker(org), VISIBLE, volunteer(org), VISIBLE, Caller.CORA, VISIBLE)));
        }

        // The case file beside a task (Tasklist's "Dossier" tab), with the webapp session.
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Tasklist", "GET /api/workspace/tasks/{social worker's task}/case-file (session)", org,
                    (t, c) -> String.valueOf(t.session(c).get("/api/workspace/tasks/"
                            + t.fixtures.get(org).socialWorkerTask() + "/case-file").status()),
                    expect(no(404), socialWorker(org), ok(200))));
            rows.add(new Row("Tasklist", "GET /api/workspace/tasks/{volunteer's task}/case-file (session)", org,
                    (t, c) -> String.valueOf(t.session(c).get("/api/workspace/tasks/"
                            + t.fixtures.get(org).volunteerTask() + "/case-file").status()),
                    expect(no(404), volunteer(org), ok(200), Caller.CORA, ok(200))));
        }

        // Cockpit: the application, its own query, and the engine REST calls behind its views.
        rows.add(new Row("Cockpit", "log in to Cockpit", Org.NONE, (t, c) -> String.valueOf(
                c == Caller.ANONYMOUS ? 401 : t.cockpitLogin(c)), expect(no(403), Caller.MONA, ok(200))));
        rows.add(new Row("Cockpit", "GET /camunda/app/cockpit/default/ (session)", Org.NONE,
                (t, c) -> String.valueOf(t.session(c).get("/camunda/app/cockpit/default/").status()),
                // Without a session Camunda serves the page that holds the login form, nothing else.
                expect(no(403), Caller.MONA, ok(200), Caller.ANONYMOUS, ok(200))));
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Cockpit", "POST /camunda/api/cockpit/plugin/base/default/process-instance (session)", org,
                    (t, c) -> t.visibility(t.session(c).postJson("/camunda/api/cockpit/plugin/base/default/process-instance",
                            "{\"businessKey\": \"" + t.caseOf(org) + "\"}")),
                    expect(NONE, Caller.MONA, VISIBLE)));
            rows.add(new Row("Cockpit", "GET /engine-rest/process-instance?businessKey={case}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/process-instance?businessKey=" + t.caseOf(org))),
                    expect(NONE, Caller.MONA, VISIBLE)));
            rows.add(new Row("Cockpit", "GET /engine-rest/process-instance/{active phase}/variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/process-instance/"
                            + t.fixtures.get(org).activeInstance() + "/variables")), expect(no(403))));
            rows.add(new Row("Cockpit", "GET /engine-rest/process-instance/{trajectory}/variables", org,
                    (t, c) -> t.variables(c, t.api(c).get("/engine-rest/process-instance/"
                            + t.fixtures.get(org).rootInstance() + "/variables")), expect(no(403))));
            rows.add(new Row("Cockpit", "GET /engine-rest/variable-instance?processInstanceIdIn={active phase}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/variable-instance?processInstanceIdIn="
                            + t.fixtures.get(org).activeInstance())), expect(NONE)));
            rows.add(new Row("Cockpit", "POST /camunda/api/engine/engine/default/variable-instance (session)", org,
                    (t, c) -> t.visibility(t.session(c).postJson("/camunda/api/engine/engine/default/variable-instance",
                            "{\"processInstanceIdIn\": [\"" + t.fixtures.get(org).activeInstance() + "\"]}")),
                    expect(NONE)));
            rows.add(new Row("Cockpit", "GET /engine-rest/history/process-instance?processInstanceBusinessKey={case}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/process-instance?processInstanceBusinessKey="
                            + t.caseOf(org))), expect(NONE, Caller.MONA, VISIBLE)));
            rows.add(new Row("Cockpit", "GET /engine-rest/history/variable-instance?processInstanceId={active phase}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/variable-instance?processInstanceId="
                            + t.fixtures.get(org).activeInstance())), expect(NONE)));
            rows.add(new Row("Cockpit", "GET /engine-rest/history/detail?processInstanceId={trajectory}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/detail?processInstanceId="
                            + t.fixtures.get(org).rootInstance())), expect(NONE)));
        }
        for (Org org : List.of(Org.GENT, Org.LEUVEN)) {
            rows.add(new Row("Tasklist", "GET /engine-rest/history/task?processInstanceBusinessKey={case}", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/task?processInstanceBusinessKey="
                            + t.caseOf(org))), expect(NONE, Caller.MONA, VISIBLE)));
            // Filtering by a variable's value reveals the value without reading the variable.
            rows.add(new Row("Cockpit", "GET /engine-rest/history/process-instance?processInstanceBusinessKey={case}"
                    + "&variables=newcomerGender_eq_WOMAN", org,
                    (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/process-instance?processInstanceBusinessKey="
                            + t.caseOf(org) + "&variables=newcomerGender_eq_WOMAN")), expect(no(403))));
            rows.add(new Row("Cockpit", "GET /engine-rest/process-instance?businessKey={case}&variables=caseTeam_neq_x",
                    org, (t, c) -> t.visibility(t.api(c).get("/engine-rest/process-instance?businessKey=" + t.caseOf(org)
                            + "&variables=caseTeam_neq_x")), expect(no(403))));
            rows.add(new Row("Cockpit", "POST /camunda/api/cockpit/plugin/base/default/process-instance with a "
                    + "variable filter (session)", org,
                    (t, c) -> t.visibility(t.session(c).postJson("/camunda/api/cockpit/plugin/base/default/process-instance",
                            "{\"businessKey\": \"" + t.caseOf(org) + "\", \"variables\": [{\"name\": \"caseTeam\", "
                                    + "\"operator\": \"neq\", \"value\": \"x\"}]}")), expect(no(403))));
        }
        rows.add(new Row("Cockpit", "GET /engine-rest/history/detail?variableName=concernText (concern texts)", Org.NONE,
                (t, c) -> t.visibility(t.api(c).get("/engine-rest/history/detail?variableName=concernText")),
                expect(NONE)));
        return rows;
    }

    // ------------------------------------------------------------------------------------------------
    // Probes
    // ------------------------------------------------------------------------------------------------

    String caseOf(Org org) {
        return fixtures.get(org).caseId();
    }

    Http api(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> Http.anonymous(port);
            case PARTNER_TWO -> Http.as(PARTNER, PARTNER_PASSWORD, port);
            default -> Http.as(caller.user, port);
        };
    }

    /** "visible" when a list or count answer holds at least one entry, "none" for an empty one, else the status. */
    String visibility(Reply reply) {
        if (reply.status() != 200) {
            return String.valueOf(reply.status());
        }
        JsonNode body = reply.json();
        boolean any = body.isArray() ? !body.isEmpty() : body.path("count").asLong() > 0;
        return any ? "visible" : "none";
    }

    /**
     * The status, and for a 200 whether the variables hold case-file data. Callers other than the
     * case's social worker and administrators must never read any (volunteers and coordinators read
     * what their tasks need: ids, dates, flags).
     */
    String variables(Caller caller, Reply reply) {
        if (reply.status() != 200) {
            return String.valueOf(reply.status());
        }
        if (caller == Caller.SOFIE || caller == Caller.SAMIR) {
            return "200";
        }
        List<String> leaks = caseFileDataIn(reply.json());
        return leaks.isEmpty() ? "200 no case data" : "200 CASE DATA " + leaks;
    }

    /** Names of variables that carry case-file values or free text. */
    List<String> caseFileDataIn(JsonNode variables) {
        List<String> markers = new ArrayList<>(List.of("1990-01-01", "+32 470 12 34 56", "lina@example.org",
                "Verwezen na erkenning", "RECOGNISED_REFUGEE", "Opvangcentrum"));
        fixtures.values().forEach(f -> {
            markers.add(f.familyName());
            markers.add(f.concernText());
        });
        List<String> leaks = new ArrayList<>();
        variables.fields().forEachRemaining(variable -> {
            String name = variable.getKey();
            String value = variable.getValue().path("value").toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("note") || lower.contains("text") || lower.contains("comment")
                    || markers.stream().anyMatch(value::contains)) {
                leaks.add(name);
            }
        });
        return leaks;
    }

    int cockpitLogin(Caller caller) {
        return WebappSession.login(port, caller.user, caller == Caller.PARTNER_TWO ? PARTNER_PASSWORD
                : Http.DEMO_PASSWORD, "cockpit").loginStatus;
    }

    /**
     * A webapp session as the browser holds it: Cockpit for those who may enter it, else Tasklist, else
     * the welcome page (any engine user may log in there, and its session reaches the webapps' APIs too).
     */
    WebappSession session(Caller caller) {
        return sessions.computeIfAbsent(caller, c -> {
            if (c == Caller.ANONYMOUS) {
                return WebappSession.anonymous(port);
            }
            String password = c == Caller.PARTNER_TWO ? PARTNER_PASSWORD : Http.DEMO_PASSWORD;
            for (String app : List.of("cockpit", "tasklist", "welcome")) {
                WebappSession session = WebappSession.login(port, c.user, password, app);
                if (session.loginStatus == 200) {
                    return session;
                }
            }
            throw new AssertionError(c.user + " could not log in to any webapp");
        });
    }

    // ------------------------------------------------------------------------------------------------
    // Preparation
    // ------------------------------------------------------------------------------------------------

    /** The second partner's technical account, created as an operator would in Admin (once per context). */
    private void createPartnerAccount() {
        PartnerAccounts.ensure(port, PARTNER, PARTNER_PASSWORD, "Two");
    }

    /** Referral, intake, screening, matching with the given volunteer, first meeting, and a concern. */
    private Fixture prepare(String partner, String postalCode, String familyName, String socialWorker,
            String volunteerUser, String concernText) {
        Http referrer = partner.equals(PARTNER) ? Http.as(PARTNER, PARTNER_PASSWORD, port) : Http.as(partner, port);
        Reply referred = referrer.postJson("/api/referrals",
                Referrals.referral("matrix-" + partner, Referrals.uniqueReference(), familyName, postalCode));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String caseId = referred.json().get("caseId").asText();

        Tasks.complete(port, socialWorker, caseId, "UserTask_ReviewIntake", Map.of("intakeDecision", "ACCEPTED"));
        Tasks.complete(port, socialWorker, caseId, "UserTask_ScheduleScreening",
                Map.of("screeningDate", LocalDate.now().plusDays(2).toString(), "screeningMode", "OFFICE",
                        "interpreterNeeded", false));
        Tasks.complete(port, socialWorker, caseId, "UserTask_AssessNeeds", needsFittingVolunteer(volunteerUser));

        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        List<String> candidates = Arrays.asList(Tasks.variables(port, "cora", approval).get("candidateIds")
                .get("value").asText().split(","));
        String volunteerId = jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = ?").param(volunteerUser)
                .query(String.class).single();
        assertThat(candidates).as(volunteerUser + " is a candidate for " + caseId).contains(volunteerId);
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch",
                Map.of("chosenCandidate", String.valueOf(candidates.indexOf(volunteerId) + 1)));
        Tasks.complete(port, volunteerUser, caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "ACCEPTED"));
        Tasks.complete(port, socialWorker, caseId, "UserTask_ConfirmNewcomerAgreement",
                Map.of("newcomerAnswer", "AGREES", "trajectoryDuration", "P3M"));
        Tasks.complete(port, volunteerUser, caseId, "UserTask_RegisterFirstMeeting",
                Map.of("firstMeetingOn", LocalDate.now().toString()));
        String volunteerTask = Tasks.single(port, volunteerUser, caseId, "UserTask_LogMeeting");

        Reply concern = Http.as(volunteerUser, port).postJson(
                "/engine-rest/process-definition/key/duo-concern/submit-form", """
                        {"variables": {"caseId": {"value": "%s", "type": "String"},
                                       "concernText": {"value": "%s", "type": "String"}}}
                        """.formatted(caseId, concernText));
        assertThat(concern.status()).as(concern.toString()).isEqualTo(200);
        String socialWorkerTask = Tasks.single(port, socialWorker, caseId, "UserTask_FollowUpConcern");
        long concernId = jdbc.sql("SELECT id FROM buddyflow.duo_request WHERE case_id = ? AND kind = 'CONCERN'")
                .param(caseId).query(Long.class).single();

        String active = runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectory-active")
                .processInstanceBusinessKey(caseId).singleResult().getId();
        String root = runtimeService.createProcessInstanceQuery().processDefinitionKey("buddy-trajectory")
                .processInstanceBusinessKey(caseId).singleResult().getId();
        return new Fixture(caseId, active, root, socialWorkerTask, volunteerTask, concernId, familyName, concernText);
    }

    /**
     * Needs that make the demo volunteer of that city one of the five best candidates: Victor buddies
     * in the evenings around football; Vera only women, on weekdays, with housing and paperwork.
     */
    private static Map<String, Object> needsFittingVolunteer(String volunteerUser) {
        if (volunteerUser.equals("victor")) {
            return Map.of("needLanguage", true, "needSocialNetwork", true, "availableEvenings", true,
                    "interests", "football", "newcomerGender", "WOMAN", "genderPreference", "NONE", "buddyWanted", true,
                    "needsProfessionalSupport", false);
        }
        return Map.of("needLanguage", true, "needHousing", true, "needAdministration", true,
                "availableWeekdays", true, "interests", "reading, gardening", "newcomerGender", "WOMAN",
                "genderPreference", "WOMAN_ONLY", "buddyWanted", true, "needsProfessionalSupport", false);
    }
}
