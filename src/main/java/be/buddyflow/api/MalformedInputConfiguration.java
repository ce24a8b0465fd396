package be.buddyflow.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Malformed input answered with 4xx problems at every API (issue 11, findings 6, 10 and 11; see
 * MalformedInputGuard and ApiResponses): the two filters, the limits of our own JSON reader, and
 * Tomcat's own error answers as problems.
 */
@Configuration(proxyBeanMethods = false)
class MalformedInputConfiguration {

    private static final String[] API_PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};

    /** Outermost: its wrapper sees every header and error body whoever writes it. */
    @Bean
    FilterRegistrationBean<ApiResponses> apiResponses() {
        FilterRegistrationBean<ApiResponses> registration = new FilterRegistrationBean<>(new ApiResponses());
        registration.setName("api-responses");
        registration.addUrlPatterns(API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before Spring Security: credentials with a NUL would reach the identity store's query. */
    @Bean
    FilterRegistrationBean<MalformedInputGuard> malformedInputGuard() {
        FilterRegistrationBean<MalformedInputGuard> registration = new FilterRegistrationBean<>(new MalformedInputGuard());
        registration.setName("malformed-input-guard");
        registration.addUrlPatterns(API_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    /**
     * Our ObjectMapper: the same depth and number limits as the guard, and text fields refuse numbers
     * and booleans ({@code "source": 42}); {@code allow-coercion-of-scalars: false} does not cover
     * number to String.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MalformedInputGuard.MAX_DEPTH)
                    .maxNumberLength(MalformedInputGuard.MAX_NUMBER_LENGTH)
                    .build());
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        });
    }

    /** Tomcat answers some errors (an invalid URI) before any filter: a problem there too, not its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.getPipeline().addValve(new ProblemErrorReportValve());
                    }
                });
            }
        });
    }
}
