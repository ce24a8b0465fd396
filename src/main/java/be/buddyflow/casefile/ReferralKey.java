package be.buddyflow.casefile;

/**
 * What makes a referral unique: the partner account that sends it, the source it names and its own
 * reference. The partner is part of the key so that one partner can neither see nor take another's
 * references: the same source and reference from two partners are two referrals.
 */
public record ReferralKey(String partner, String source, String externalReference) {
}
