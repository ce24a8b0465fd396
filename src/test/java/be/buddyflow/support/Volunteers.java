package be.buddyflow.support;

/** Volunteer applications as a programme's website sends them. */
public final class Volunteers {

    private Volunteers() {
    }

    /** A complete, valid application from Gent: speaks Dari (fa), available in the evenings. */
    public static String application(String externalReference, String givenName) {
        return """
                {"source": "buddy-website", "externalReference": "%s", "givenName": "%s", "familyName": "Test",
                 "email": "volunteer@example.org", "phone": "+32 470 00 00 00", "postalCode": "9000",
                 "municipality": "Gent",
                 "languages": [{"code": "nl", "level": "NATIVE"}, {"code": "fa", "level": "GOOD"}],
                 "gender": "WOMAN", "ageBand": "FROM_25_TO_39", "hasChildren": true,
                 "availability": ["EVENINGS", "WEEKENDS"], "interests": ["cooking", "music"],
                 "domains": ["SOCIAL_NETWORK", "LANGUAGE"], "womenOnly": false, "capacity": 2}
                """.formatted(externalReference, givenName);
    }
}
