package be.buddyflow.support;

import be.buddyflow.BuddyflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application started as an operator starts it, for tests about start-up and restarts. */
public final class RunningApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts with the given profile (null: the default) and properties "name=value", passed as
     * command-line arguments so that they win over application.yaml, as an operator's would.
     */
    public static RunningApplication start(String profile, String... properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(BuddyflowApplication.class);
        if (profile != null) {
            builder.profiles(profile);
        }
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("server.port=0"),
                java.util.Arrays.stream(properties)).map(p -> "--" + p).toArray(String[]::new);
        return new RunningApplication(builder.run(args));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
