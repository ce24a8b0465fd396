package be.buddyflow.duo.process;

import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;

/**
 * {@code bpmn/duo-concern.bpmn} and {@code bpmn/duo-end-request.bpmn}: short processes a volunteer
 * (or a social worker, for an end request) starts from Tasklist. Their one service task checks who
 * may raise it, stores the text in duo_request and passes the request on to the case's
 * trajectory-active instance as a message. The instance keeps only the case id.
 */
public final class DuoRequestProcess {

    public static final String CONCERN_KEY = "duo-concern";
    public static final String END_REQUEST_KEY = "duo-end-request";

    /** Optional for a volunteer with one buddy; the case the request is about. Set to it afterwards. */
    public static final ProcessVariable<String> CASE_ID = string("caseId");
    /** forms/raise-concern.form; removed once duo_request holds it. */
    public static final ProcessVariable<String> CONCERN_TEXT = string("concernText");
    /** forms/request-duo-end.form: a duo.EndRequestReason and an optional note (removed). */
    public static final ProcessVariable<String> END_REQUEST_REASON = string("endRequestReason");
    public static final ProcessVariable<String> END_REQUEST_NOTE = string("endRequestNote");

    private DuoRequestProcess() {
    }
}
