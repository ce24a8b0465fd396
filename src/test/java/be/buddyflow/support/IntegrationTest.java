package be.buddyflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with the default (demo) profile: a throwaway embedded
 * PostgreSQL, the demo identities and demo cases. All integration tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"buddyflow.embedded-db.data-directory=",
                // An idle job executor backs off up to a minute between polls; tests that wait for an
                // asynchronous step would spend that minute doing nothing.
                "camunda.bpm.job-execution.max-wait=1000", "camunda.bpm.job-execution.wait-time-in-millis=250"})
// A partner's callback endpoint (PartnerStub) for every test: one context, one configuration.
@ContextConfiguration(initializers = PartnerStub.Initializer.class)
public @interface IntegrationTest {
}
