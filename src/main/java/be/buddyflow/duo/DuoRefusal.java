package be.buddyflow.duo;

/**
 * A person's input breaks a rule of the active trajectory (a meeting in the future, a concern about
 * someone else's duo). The message is shown to them as it is: Dutch, French and English.
 */
public class DuoRefusal extends RuntimeException {

    public DuoRefusal(String nl, String fr, String en) {
        super(nl + " · " + fr + " · " + en);
    }
}
