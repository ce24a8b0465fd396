package be.buddyflow.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that leaves a command as an ERROR with its stack trace
 * (ENGINE-16004), a person's mistake as much as a broken database: a form refused by a delegate
 * ("the postal code is not served here"), an unknown task id. Those are exceptions of the kinds the
 * engine itself uses for bad requests and argument checks ({@code BadUserRequestException},
 * {@code NullValueException}) and our form refusals; for them this filter
 * writes one line at INFO, with the message only, and lets every other failure through as it was.
 */
@Component
class UserMistakes extends TurboFilter implements ApplicationListener<ApplicationStartedEvent> {

    /** The engine's logger of exceptions that leave a command (ENGINE-16004). */
    static final String ENGINE_COMMAND_CONTEXT = "org.camunda.bpm.engine.context";

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(UserMistakes.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        // Added once the logging system is set up (Spring Boot resets it while starting).
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !ENGINE_COMMAND_CONTEXT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        if (isUserMistake(thrown)) {
            log.info("Refused a request: {}", LogSafe.of(thrown.getMessage()));
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    static boolean isUserMistake(Throwable thrown) {
        // NullValueException is what the engine's argument checks throw (an unknown task id); the form
        // refusal's type lives in the engine's internals, its name is enough here.
        return thrown instanceof org.camunda.bpm.engine.BadUserRequestException
                || thrown instanceof org.camunda.bpm.engine.exception.NullValueException
                || (thrown != null && "FormFieldValidationException".equals(thrown.getClass().getSimpleName()));
    }

    private static Throwable lastThrowable(Object[] params) {
        if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable throwable) {
            return throwable;
        }
        return null;
    }
}
