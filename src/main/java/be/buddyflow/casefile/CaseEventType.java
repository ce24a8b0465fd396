package be.buddyflow.casefile;

import java.util.Arrays;
import java.util.Optional;

/** Events a referring system may report about a case, by the name used in the URL. */
public enum CaseEventType {
    RECOGNITION_GRANTED("recognition-granted"),
    HOUSING_FOUND("housing-found"),
    MOVE_DATE_SET("move-date-set"),
    MOVED("moved"),
    LEFT_PROGRAMME("left-programme");

    private final String path;

    CaseEventType(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<CaseEventType> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
    }
}
