package be.buddyflow.screening;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screening results in the case file (our schema), one per case; a new screening replaces the old. */
@Repository
public class Screenings {

    private final JdbcClient jdbc;

    Screenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(ScreeningResult s, String screenedBy) {
        jdbc.sql("""
                INSERT INTO buddyflow.screening (case_id, need_domains, availability, interests, newcomer_gender,
                    gender_preference, buddy_wanted, needs_professional_support, screened_by)
                VALUES (:caseId, :needs, :availability, :interests, :gender, :preference, :buddyWanted,
                    :professional, :screenedBy)
                ON CONFLICT (case_id) DO UPDATE SET need_domains = EXCLUDED.need_domains,
                    availability = EXCLUDED.availability, interests = EXCLUDED.interests,
                    newcomer_gender = EXCLUDED.newcomer_gender, gender_preference = EXCLUDED.gender_preference,
                    buddy_wanted = EXCLUDED.buddy_wanted,
                    needs_professional_support = EXCLUDED.needs_professional_support,
                    outcome = NULL, priority = NULL, screened_by = EXCLUDED.screened_by, screened_at = now()
                """)
                .param("caseId", s.caseId())
                .param("needs", names(s.needs()))
                .param("availability", names(s.availability()))
                .param("interests", new TreeSet<>(s.interests()).toArray(String[]::new))
                .param("gender", s.newcomerGender().name())
                .param("preference", s.genderPreference().name())
                .param("buddyWanted", s.buddyWanted())
                .param("professional", s.needsProfessionalSupport())
                .param("screenedBy", screenedBy)
                .update();
    }

    public void recordOutcome(String caseId, ScreeningOutcome outcome, String priority) {
        jdbc.sql("UPDATE buddyflow.screening SET outcome = :outcome, priority = :priority WHERE case_id = :caseId")
                .param("outcome", outcome.name()).param("priority", priority).param("caseId", caseId)
                .update();
    }

    public Optional<ScreeningResult> find(String caseId) {
        return jdbc.sql("SELECT * FROM buddyflow.screening WHERE case_id = :caseId")
                .param("caseId", caseId)
                .query((rs, n) -> result(rs))
                .optional();
    }

    private static ScreeningResult result(ResultSet rs) throws SQLException {
        return new ScreeningResult(rs.getString("case_id"), enums(rs.getArray("need_domains"), NeedDomain.class),
                enums(rs.getArray("availability"), Availability.class),
                Set.copyOf(Arrays.asList((String[]) rs.getArray("interests").getArray())),
                Gender.valueOf(rs.getString("newcomer_gender")),
                GenderPreference.valueOf(rs.getString("gender_preference")), rs.getBoolean("buddy_wanted"),
                rs.getBoolean("needs_professional_support"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : (String[]) array.getArray()) {
            values.add(Enum.valueOf(type, value));
        }
        return values;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
