package be.buddyflow.support;

import java.util.UUID;

/** Referral bodies as a partner system sends them. */
public final class Referrals {

    private Referrals() {
    }

    public static String uniqueReference() {
        return "REF-" + UUID.randomUUID();
    }

    /** A complete, valid referral for OCMW Gent (postal code 9000). */
    public static String gent(String externalReference, String familyName) {
        return referral("test-partner", externalReference, familyName, "9000");
    }

    public static String referral(String source, String externalReference, String familyName, String postalCode) {
        return """
                {"source": "%s", "externalReference": "%s",
                 "newcomer": {"givenName": "Lina", "familyName": "%s", "dateOfBirth": "1990-01-01",
                              "languages": ["ar", "nl"], "postalCode": "%s", "municipality": "Gent",
                              "phone": "+32 470 12 34 56", "email": "lina@example.org"},
                 "residenceStatus": "RECOGNISED_REFUGEE", "recognitionDate": "2026-11-20",
                 "receptionPlace": {"type": "COLLECTIVE", "name": "Opvangcentrum"},
                 "household": {"adults": 1, "children": 2},
                 "consent": {"services": true, "buddyContact": true, "reporting": false, "legalBasis": "PUBLIC_TASK"},
                 "notes": "Verwezen na erkenning"}
                """.formatted(source, externalReference, familyName, postalCode);
    }
}
