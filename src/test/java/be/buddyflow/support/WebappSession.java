package be.buddyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.buddyflow.support.Http.Reply;

/** A logged-in webapp session (cookies and the XSRF token), as Tasklist and Cockpit hold one in the browser. */
public final class WebappSession {

    final String base;
    final HttpClient client;
    final CookieManager cookies;
    public final int loginStatus;

    private WebappSession(int port, CookieManager cookies, int loginStatus) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.loginStatus = loginStatus;
    }

    public static WebappSession anonymous(int port) {
        CookieManager cookies = new CookieManager();
        WebappSession session = new WebappSession(port, cookies, 401);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/cockpit/")).GET());
        return session;
    }

    public static WebappSession login(int port, String user, String password, String app) {
        CookieManager cookies = new CookieManager();
        WebappSession fresh = new WebappSession(port, cookies, 0);
        fresh.send(HttpRequest.newBuilder(URI.create(fresh.base + "/camunda/app/" + app + "/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        int status = fresh.send(HttpRequest.newBuilder(
                        URI.create(fresh.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", fresh.xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form))).status();
        WebappSession session = new WebappSession(port, cookies, status);
        if (status == 200) {
            // The login starts a new session without a CSRF token; the next read hands one out, as
            // the webapp's first call after login does in the browser. A wrong token would end the session.
            Reply me = session.send(HttpRequest.newBuilder(
                    URI.create(session.base + "/camunda/api/admin/auth/user/default")).GET());
            assertThat(me.status()).as(user + " is logged in: " + me).isEqualTo(200);
        }
        return session;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A read as the browser makes it, with its Accept-Language. */
    public Reply get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Accept-Language", acceptLanguage).GET());
    }

    public Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A file as the browser downloads it from this session: status, headers and the raw bytes. */
    public Download download(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElse("");
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
