package be.buddyflow.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code buddyflow.partners}: where each referring system wants to hear about its cases.
 *
 * @param callbacks callback URL per referral {@code source}; a source without one is not called
 * @param callbackRetryCycle the retry cycle of a failed callback (Camunda's failedJobRetryTimeCycle
 *        syntax, e.g. {@code R5/PT10M}): after the last try the job becomes an incident in Cockpit
 * @param connectTimeout how long to wait for a connection to the partner
 * @param requestTimeout how long to wait for the partner's answer; longer counts as a failure
 */
@ConfigurationProperties("buddyflow.partners")
public record PartnerCallbackSettings(
        @DefaultValue Map<String, URI> callbacks,
        @DefaultValue("R5/PT10M") String callbackRetryCycle,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout) {
}
