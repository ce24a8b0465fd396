package be.buddyflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Logs into a Camunda webapp the way the browser does: fetch the app to get the session and the
 * XSRF cookie, then post the login form with the X-XSRF-TOKEN header.
 */
public final class WebappLogin {

    private WebappLogin() {
    }

    /** HTTP status of logging {@code user} into {@code app} (tasklist, cockpit, admin). */
    public static int status(int port, String user, String app) {
        return login(port, user, app, true);
    }

    /** The same login without the CSRF header: the webapps must refuse it. */
    public static int statusWithoutCsrfToken(int port, String user, String app) {
        return login(port, user, app, false);
    }

    private static int login(int port, String user, String app, boolean withCsrfToken) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        try {
            client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("The webapp set no XSRF-TOKEN cookie"));
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8);
            HttpRequest.Builder login = HttpRequest.newBuilder(
                            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (withCsrfToken) {
                login.header("X-XSRF-TOKEN", token);
            }
            return client.send(login.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
