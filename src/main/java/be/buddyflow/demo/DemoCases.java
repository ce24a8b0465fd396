package be.buddyflow.demo;

import java.time.LocalDate;
import java.util.List;

import be.buddyflow.intake.ReceiveReferral;
import be.buddyflow.intake.Referral;
import be.buddyflow.intake.Referral.Consent;
import be.buddyflow.intake.Referral.Household;
import be.buddyflow.intake.Referral.LegalBasis;
import be.buddyflow.intake.Referral.Newcomer;
import be.buddyflow.intake.Referral.ReceptionPlace;
import be.buddyflow.intake.Referral.ReceptionType;
import be.buddyflow.intake.Referral.ResidenceStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Two referrals so that a new user finds work in Tasklist: one for OCMW Gent (sofie), one for OCMW
 * Leuven (samir). Sent through the same use case as the API; the referral key makes it idempotent.
 */
@Component
@Profile("demo")
class DemoCases implements ApplicationRunner {

    static final String SOURCE = "demo";

    private final ReceiveReferral receiveReferral;

    DemoCases(ReceiveReferral receiveReferral) {
        this.receiveReferral = receiveReferral;
    }

    @Override
    public void run(ApplicationArguments args) {
        receiveReferral.receive(new Referral(SOURCE, "DEMO-GENT-1",
                new Newcomer("Amina", "Haidari", LocalDate.of(1994, 3, 12), List.of("fa", "en"), "9000", "Gent",
                        null, null),
                ResidenceStatus.RECOGNISED_REFUGEE, LocalDate.now().minusDays(2),
                new ReceptionPlace(ReceptionType.COLLECTIVE, "Opvangcentrum Gent"), new Household(1, 2),
                new Consent(true, true, true, LegalBasis.PUBLIC_TASK, List.of("Agentschap Integratie en Inburgering")), null), "intake-system");
        receiveReferral.receive(new Referral(SOURCE, "DEMO-LEUVEN-1",
                new Newcomer("Yonas", "Tesfaye", LocalDate.of(2001, 11, 5), List.of("ti", "en"), "3000", "Leuven",
                        null, null),
                ResidenceStatus.SUBSIDIARY_PROTECTION, LocalDate.now().minusWeeks(3),
                new ReceptionPlace(ReceptionType.INDIVIDUAL, "LOI Leuven"), new Household(1, 0),
                new Consent(true, true, false, LegalBasis.CONSENT, null), null), "intake-system");
    }
}
