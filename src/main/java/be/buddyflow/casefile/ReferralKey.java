package be.buddyflow.casefile;

/** What makes a referral unique: the sending system and its own reference. */
public record ReferralKey(String source, String externalReference) {
}
