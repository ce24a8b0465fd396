package be.buddyflow.volunteers;

/** Starts a volunteer's onboarding process (the engine adapter lives in volunteers.process). */
public interface OnboardingProcesses {

    void start(VolunteerPool.VolunteerSummary volunteer);
}
