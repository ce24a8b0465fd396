package be.buddyflow.housing;

import java.time.LocalDate;

/**
 * The housing transition of a case as partner systems drive it: begun at recognition, told when
 * housing is found, when the move date is known and when the newcomer moved. The engine adapter
 * lives in housing.process; business key = case id.
 */
public interface HousingTransitions {

    /** The key of bpmn/housing-transition.bpmn, fixed: the trajectory and the access policy name it. */
    String PROCESS_KEY = "housing-transition";

    /**
     * Begins the transition of a case recognised in collective reception: inside its running buddy
     * trajectory when that one listens for the recognition, standalone otherwise.
     */
    Begun begin(String caseId, LocalDate recognitionDate);

    /** @return false when no transition of the case waits for this news */
    boolean housingFound(String caseId, LocalDate leaseSignedOn, LocalDate moveDate);

    /** @return false when no transition of the case waits for this news */
    boolean moveDateSet(String caseId, LocalDate moveDate);

    /** @return false when no transition of the case waits for this news */
    boolean moved(String caseId);

    enum Begun {
        /** The case's trajectory took the recognition and runs the transition as its own part. */
        IN_TRAJECTORY,
        /** No trajectory listens (no buddy, or before the active phase): the transition runs on its own. */
        STANDALONE,
        /** A transition of this case runs already: nothing new began. */
        ALREADY_RUNNING
    }
}
