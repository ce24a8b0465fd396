package be.buddyflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A partner system's callback endpoint on a free local port, configured (by {@link Initializer}, in
 * the one shared test context) as the callback of referral source {@value #SOURCE}. A test sets the
 * status it answers and reads what it received.
 */
public final class PartnerStub {

    public static final String SOURCE = "callback-partner";
    public static final String PATH = "/buddyflow/cases";

    private static PartnerStub instance;

    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(204);
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private PartnerStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", ApplicationProcess.freePort()), 0);
        server.createContext(PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.get();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public static synchronized PartnerStub get() {
        if (instance == null) {
            try {
                instance = new PartnerStub();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** What the partner answers from now on (a 5xx is a partner that is down). */
    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** Every request received, in order, with what was answered. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedFor(String caseId) {
        return received.stream().filter(r -> r.body().contains("\"" + caseId + "\"")).toList();
    }

    public record Received(String idempotencyKey, String body, int answered) {
    }

    /** Points the source's callback at the stub, and shortens the retry cycle to seconds. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "buddyflow.partners.callbacks." + SOURCE + "=" + get().url(),
                    "buddyflow.partners.callback-retry-cycle=R2/PT1S");
        }
    }
}
