package be.buddyflow.erasure;

/** Why a case is erased (GDPR art. 17.1): a closed list, so no free text lands in the process. */
public enum ErasureReason {
    /** The newcomer asked for it (art. 17.1.a-c). */
    NEWCOMER_REQUEST,
    /** The retention period of the closed case ran out. */
    RETENTION_EXPIRED,
    /** The data should never have been processed (art. 17.1.d). */
    UNLAWFUL_PROCESSING
}
