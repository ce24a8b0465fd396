package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** Session, login throttling, password policy and response headers (docs/security.md). */
@IntegrationTest
class HardeningIT {

    static final String STRONG_PASSWORD = "Kalme-Rivier-73!";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    LoginThrottle loginThrottle;

    private Duration skipped = Duration.ZERO;

    private final List<String> throwawayUsers = new java.util.ArrayList<>();

    @AfterEach
    void removeThrowawayUsers() {
        throwawayUsers.forEach(id -> processEngine.getIdentityService().deleteUser(id));
    }

    // --- Session ---

    @Test
    void webappSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<Void> tasklist = client(new CookieManager()).send(
                HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());

        String session = tasklist.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie: " + tasklist.headers()));
        assertThat(session).containsIgnoringCase("HttpOnly");
        assertThat(session.toLowerCase().split("samesite=lax", -1)).as(session).hasSize(2);
        // Secure in the postgres profile: PostgresProfileIT.
        assertThat(session).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void idleWebappSessionExpiresAfterTheConfiguredTimeout() throws Exception {
        CookieManager cookies = new CookieManager();
        assertThat(webappLogin(cookies, "vera", Http.DEMO_PASSWORD, "tasklist")).isEqualTo(200);
        assertThat(currentWebappUser(cookies)).isEqualTo(200);

        Session session = tomcatSession(cookies);
        assertThat(session.getMaxInactiveInterval()).isEqualTo((int) Duration.ofMinutes(30).toSeconds());

        // Thirty minutes of idleness, shortened: the container ends the session, the login is gone.
        session.setMaxInactiveInterval(1);
        Thread.sleep(2_000);
        assertThat(currentWebappUser(cookies)).isNotEqualTo(200);
    }

    // --- Login throttling (docs/operations.md, "Login throttling") ---

    @Test
    void anAttackerIsLockedOutOfAUserAtEveryDoorWhileSheStillGetsInFromElsewhere() throws Exception {
        String user = throwawayUser();

        // Ten wrong passwords from this address (127.0.0.1), through all three doors; the throttle's
        // clock skips each growing delay so the test does not wait minutes.
        for (int attempt = 0; attempt < LoginThrottle.PAIR_LOCKOUT_FAILURES; attempt++) {
            int status = switch (attempt % 3) {
                case 0 -> Http.as(user, "Wrong-Passw0rd!", port).get("/api/cases/BF-2026-000001").status();
                case 1 -> Http.as(user, "Wrong-Passw0rd!", port).get("/engine-rest/task").status();
                default -> webappLogin(new CookieManager(), user, "Wrong-Passw0rd!", "tasklist");
            };
            assertThat(status).as("attempt " + attempt).isEqualTo(401);
            skip(LoginThrottle.MAX_DELAY);
        }

        // From here even the right password is refused, at every door.
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status()).isEqualTo(401);
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/api/cases/BF-2026-000001").status()).isEqualTo(401);
        assertThat(webappLogin(new CookieManager(), user, STRONG_PASSWORD, "tasklist")).isEqualTo(401);
        // A forged X-Forwarded-For changes nothing: without the postgres profile's proxy settings the
        // header is not trusted, and with them only from the proxy.
        assertThat(send(HttpRequest.newBuilder(uri("/engine-rest/user?id=" + user))
                .header("Authorization", basic(user, STRONG_PASSWORD))
                .header("X-Forwarded-For", "198.51.100.23").build()).statusCode()).isEqualTo(401);

        // She, from another address, gets in through engine REST and /api (authenticated: 403 for a
        // user without the integration role, not 401).
        assertThat(fromAnotherAddress("/engine-rest/user?id=" + user, user, STRONG_PASSWORD)).isEqualTo(200);
        assertThat(fromAnotherAddress("/api/cases/BF-2026-000001", user, STRONG_PASSWORD)).isEqualTo(403);
        // Camunda's own counter never moved: no permanent lockout for anyone to provoke.
        assertThat(((UserEntity) processEngine.getIdentityService().createUserQuery().userId(user).singleResult())
                .getAttempts()).isZero();

        // The lockout ends on its own, no administrator needed.
        skip(LoginThrottle.LOCKOUT);
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status()).isEqualTo(200);
    }

    @Test
    void aFewWrongPasswordsCostNothingThenTheAddressWaits() throws Exception {
        String user = throwawayUser();
        for (int attempt = 0; attempt < LoginThrottle.PAIR_FREE_FAILURES; attempt++) {
            assertThat(Http.as(user, "Wrong-Passw0rd!", port).get("/engine-rest/task").status()).isEqualTo(401);
        }
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status())
                .as("a typo or three do not hold her back").isEqualTo(200);

        for (int attempt = 0; attempt <= LoginThrottle.PAIR_FREE_FAILURES; attempt++) {
            Http.as(user, "Wrong-Passw0rd!", port).get("/engine-rest/task");
        }
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status())
                .as("held back for a second").isEqualTo(401);
        skip(LoginThrottle.delay(1));
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAtAnotherDoorEndsACachedApiLogin() throws Exception {
        String user = throwawayUser();
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/api/cases/BF-2026-000001").status()).isEqualTo(403);
        for (int attempt = 0; attempt < LoginThrottle.PAIR_LOCKOUT_FAILURES; attempt++) {
            assertThat(Http.as(user, "Wrong-Passw0rd!", port).get("/engine-rest/task").status()).isEqualTo(401);
            skip(LoginThrottle.MAX_DELAY);
        }

        // Within the authentication cache's 30 s: the success cached for /api no longer counts.
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/api/cases/BF-2026-000001").status()).isEqualTo(401);
    }

    @AfterEach
    void resetTheThrottle() {
        // These tests share 127.0.0.1 with every other integration test: leave no delay behind.
        loginThrottle.reset();
        loginThrottle.setClock(Clock.systemUTC());
    }

    // --- Password policy ---

    @ParameterizedTest
    @ValueSource(strings = {"buddyflow-demo", "short", "alllowercaseletters", "NoDigitsOrSymbols", "Passw0rdNoSymbol"})
    void weakPasswordsAreRefusedForNewUsers(String weak) {
        String id = "weak-" + UUID.randomUUID().toString().substring(0, 8);

        Reply reply = createUser(id, weak);

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(processEngine.getIdentityService().createUserQuery().userId(id).count()).isZero();
    }

    @Test
    void aStrongPasswordIsAcceptedAndAWeakOneCannotReplaceIt() {
        String user = throwawayUser();

        Reply change = Http.as("admin", port).putJson("/engine-rest/user/" + user + "/credentials",
                "{\"password\": \"weakpassword\", \"authenticatedUserPassword\": \"" + Http.DEMO_PASSWORD + "\"}");

        assertThat(change.status()).as(change.toString()).isBetween(400, 499);
        assertThat(Http.as(user, STRONG_PASSWORD, port).get("/engine-rest/user?id=" + user).status()).isEqualTo(200);
    }

    @Test
    void theDemoPasswordStillWorksForTheDemoIdentities() {
        assertThat(configuration().isEnablePasswordPolicy()).isTrue();
        assertThat(Http.as("vera", port).get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(Http.as("intake-system", port).get("/api/cases/BF-2026-000001").status()).isNotEqualTo(401);
    }

    // --- Headers ---

    @Test
    void webappsSendCspFrameOptionsNosniffAndReferrerPolicyButNoHstsOverPlainHttp() throws Exception {
        for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/")) {
            HttpHeaders headers = headers(path, null);

            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                            .contains("object-src 'none'").contains("default-src 'self'"));
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cases/BF-2026-000001", "/engine-rest/task", "/actuator/health"})
    void apisSendALockedDownCspAndNoHstsOverPlainHttp(String path) throws Exception {
        for (String user : new String[] {null, "intake-system"}) {
            HttpHeaders headers = headers(path, user);

            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.API_CONTENT_SECURITY_POLICY);
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void responsesOurOwnFiltersWriteCarryTheHeadersToo() throws Exception {
        // CVE-2026-22732: a response committed early (QueryExpressionGuard's 400) lost Spring's headers.
        String query = "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}";
        HttpResponse<String> refused = client(new CookieManager()).send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(("sofie:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.API_CONTENT_SECURITY_POLICY);
        assertThat(refused.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(refused.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(refused.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void tasklistsOwnApiRefusesExpressionsInOrQueriesToo() throws Exception {
        CookieManager cookies = new CookieManager();
        assertThat(webappLogin(cookies, "sofie", Http.DEMO_PASSWORD, "tasklist")).isEqualTo(200);

        HttpResponse<String> refused = client(cookies).send(
                HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("orQueries");
    }

    // --- helpers ---

    /** Moves the throttle's clock on (and only the throttle's). */
    private void skip(Duration duration) {
        skipped = skipped.plus(duration);
        loginThrottle.setClock(Clock.offset(Clock.systemUTC(), skipped));
    }

    /** An HTTP call over a socket bound to 127.0.0.2: another client address on the loopback. */
    private int fromAnotherAddress(String path, String user, String password) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                    + basic(user, password) + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client(new CookieManager()).send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String throwawayUser() {
        String id = "hardening-" + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = createUser(id, STRONG_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        throwawayUsers.add(id);
        return id;
    }

    private Reply createUser(String id, String password) {
        return Http.as("admin", port).postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Throwaway", "lastName": "User", "email": "t@example.org"},
                 "credentials": {"password": "%s"}}
                """.formatted(id, password));
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    private HttpHeaders headers(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return client(new CookieManager()).send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
    }

    private int webappLogin(CookieManager cookies, String user, String password, String app)
            throws IOException, InterruptedException {
        HttpClient client = client(cookies);
        client.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int currentWebappUser(CookieManager cookies) throws IOException, InterruptedException {
        return client(cookies).send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Session tomcatSession(CookieManager cookies) throws IOException {
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = webapp.getManager().findSession(cookie(cookies, "JSESSIONID"));
        assertThat(session).as("the login's session").isNotNull();
        return session;
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No cookie " + name));
    }

    private HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
