package be.buddyflow.security;

/**
 * The roles of Buddyflow. Each is an identity group in the engine (Camunda Admin shows them), and a
 * Spring Security role {@code ROLE_<groupId>} on our own API. docs/roles-and-permissions.md says who
 * may do what.
 */
public enum Role {
    SOCIAL_WORKER("social-workers", "Sociaal werkers / Travailleurs sociaux / Social workers"),
    COORDINATOR("coordinators", "Buddycoördinatoren / Coordinateurs / Buddy coordinators"),
    VOLUNTEER("volunteers", "Vrijwilligers / Bénévoles / Volunteers"),
    MANAGER("managers", "Managers"),
    DATA_PROTECTION_OFFICER("data-protection-officers",
            "Functionarissen gegevensbescherming / Délégués à la protection des données / Data-protection officers"),
    INTEGRATION("integration", "Partnersystemen / Systèmes partenaires / Partner systems"),
    ADMINISTRATOR("camunda-admin", "Beheerders / Administrateurs / Administrators");

    /** Camunda's type for groups that stand for a role rather than an organisation. */
    public static final String GROUP_TYPE = "WORKFLOW";

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    /** For {@code hasRole(...)} in the security configuration. */
    public String springRole() {
        return groupId;
    }
}
