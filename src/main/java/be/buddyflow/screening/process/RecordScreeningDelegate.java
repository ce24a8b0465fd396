package be.buddyflow.screening.process;

import static be.buddyflow.screening.process.ScreeningProcess.AVAILABLE_EVENINGS;
import static be.buddyflow.screening.process.ScreeningProcess.AVAILABLE_WEEKDAYS;
import static be.buddyflow.screening.process.ScreeningProcess.AVAILABLE_WEEKENDS;
import static be.buddyflow.screening.process.ScreeningProcess.NEED_ADMINISTRATION;
import static be.buddyflow.screening.process.ScreeningProcess.NEED_HOUSING;
import static be.buddyflow.screening.process.ScreeningProcess.NEED_LANGUAGE;
import static be.buddyflow.screening.process.ScreeningProcess.NEED_SOCIAL_NETWORK;
import static be.buddyflow.screening.process.ScreeningProcess.NEED_WORK;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.screening.ScreenNewcomer;
import be.buddyflow.screening.ScreeningResult;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Saves the screening in the case file and gives the eligibility decision its inputs. */
@Component
public class RecordScreeningDelegate implements JavaDelegate {

    private final ScreenNewcomer screenNewcomer;

    public RecordScreeningDelegate(ScreenNewcomer screenNewcomer) {
        this.screenNewcomer = screenNewcomer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<NeedDomain> needs = EnumSet.noneOf(NeedDomain.class);
        add(execution, needs, NEED_SOCIAL_NETWORK, NeedDomain.SOCIAL_NETWORK);
        add(execution, needs, NEED_HOUSING, NeedDomain.HOUSING);
        add(execution, needs, NEED_WORK, NeedDomain.WORK);
        add(execution, needs, NEED_LANGUAGE, NeedDomain.LANGUAGE);
        add(execution, needs, NEED_ADMINISTRATION, NeedDomain.ADMINISTRATION);
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        add(execution, availability, AVAILABLE_WEEKDAYS, Availability.WEEKDAYS);
        add(execution, availability, AVAILABLE_EVENINGS, Availability.EVENINGS);
        add(execution, availability, AVAILABLE_WEEKENDS, Availability.WEEKENDS);
        String interests = ScreeningProcess.INTERESTS.get(execution);
        ScreeningResult result = new ScreeningResult(TrajectoryProcess.CASE_ID.require(execution), needs, availability,
                interests == null ? Set.of() : Arrays.stream(interests.split(","))
                        .map(String::strip).filter(word -> !word.isEmpty()).collect(Collectors.toSet()),
                Gender.valueOf(ScreeningProcess.NEWCOMER_GENDER.require(execution)),
                GenderPreference.valueOf(ScreeningProcess.GENDER_PREFERENCE.require(execution)),
                Boolean.TRUE.equals(ScreeningProcess.BUDDY_WANTED.get(execution)),
                Boolean.TRUE.equals(ScreeningProcess.NEEDS_PROFESSIONAL_SUPPORT.get(execution)));

        IntakeSummary referral = screenNewcomer.record(result, CurrentUser.of(execution).orElse(null));

        ScreeningProcess.CONSENT_BUDDY_CONTACT.set(execution, referral.consentBuddyContact());
        ScreeningProcess.RESIDENCE_STATUS.set(execution, referral.residenceStatus());
        ScreeningProcess.RECEPTION_TYPE.set(execution, referral.receptionType());
        ScreeningProcess.MINORS_IN_HOUSEHOLD.set(execution, referral.children() != null && referral.children() > 0);
        ScreeningProcess.NEED_COUNT.set(execution, needs.size());
    }

    private static <E extends Enum<E>> void add(DelegateExecution execution, Set<E> set, ProcessVariable<Boolean> flag,
            E value) {
        if (Boolean.TRUE.equals(flag.get(execution))) {
            set.add(value);
        }
    }
}
