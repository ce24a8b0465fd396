package be.buddyflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;

class UserMistakesTest {

    private final UserMistakes filter = new UserMistakes();
    private final LoggerContext context = new LoggerContext();

    @Test
    void aPersonsMistakeLeavingACommandIsNoEngineError() {
        var engine = context.getLogger(UserMistakes.ENGINE_COMMAND_CONTEXT);
        for (Throwable mistake : new Throwable[] {new BadUserRequestException("Vul \"Beslissing\" in."),
                new NullValueException("Cannot find task with id nope: task is null"),
                new org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException("f", "Postcode")}) {
            assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", new Object[] {"x", mistake}, null))
                    .as(mistake.getClass().getSimpleName()).isEqualTo(FilterReply.DENY);
        }
    }

    @Test
    void realFailuresAndOtherLoggersAreLeftAlone() {
        var engine = context.getLogger(UserMistakes.ENGINE_COMMAND_CONTEXT);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}",
                new Object[] {"x", new ProcessEngineException("database down")}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}",
                new Object[] {"x", new IllegalStateException("bug")}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("be.buddyflow"), Level.ERROR, "x",
                new Object[] {new BadUserRequestException("x")}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.WARN, "x", null, new BadUserRequestException("x")))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
