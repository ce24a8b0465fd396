package be.buddyflow.erasure.process;

import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;

/** {@code bpmn/case-erasure.bpmn}: its key and variables (ids and codes only). Business key = case id. */
public final class ErasureProcess {

    public static final String KEY = "case-erasure";
    public static final String USER_TASK_APPROVE = "UserTask_ApproveErasure";

    public static final ProcessVariable<String> CASE_ID = string("caseId");
    /** The social worker who asked; may not approve it (four eyes). */
    public static final ProcessVariable<String> REQUESTED_BY = string("requestedBy");
    /** One of {@code erasure.ErasureReason}. */
    public static final ProcessVariable<String> ERASURE_REASON = string("erasureReason");
    /** The approver's answer in {@code forms/approve-erasure.form}: APPROVED or REJECTED. */
    public static final ProcessVariable<String> ERASURE_DECISION = string("erasureDecision");
    /** Who completed the decision task. */
    public static final ProcessVariable<String> APPROVED_BY = string("approvedBy");
    /** The requester decided herself: the decision does not count and the task comes back (four eyes). */
    public static final ProcessVariable<Boolean> DECIDED_BY_REQUESTER = ProcessVariable.bool("decidedByRequester");
    /** A month after the request (GDPR art. 12.3), ISO 8601: the approval task's due date. */
    public static final ProcessVariable<String> APPROVAL_DUE_DATE = string("approvalDueDate");

    private ErasureProcess() {
    }
}
