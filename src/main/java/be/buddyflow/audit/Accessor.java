package be.buddyflow.audit;

import be.buddyflow.audit.CaseAccess.Channel;

/** Who accesses, and through which door. */
public record Accessor(String userId, Channel channel) {

    /** Background work that no person started. */
    public static final Accessor SYSTEM = new Accessor("system", Channel.JOB);
}
