package be.buddyflow.volunteers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.LanguageLevel;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.matching.NewcomerProfile;
import be.buddyflow.matching.VolunteerCandidate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The volunteer pool in our own schema. */
@Repository
public class VolunteerPool {

    /** Kilometres per degree of latitude; a longitude degree is shorter by cos(latitude). */
    private static final double KM_PER_DEGREE = 111.2;

    /** A volunteer as matching sees them: the centre of their postal code and their languages. */
    private static final String CANDIDATES = """
                WITH place AS (
                    SELECT postal_code, avg(latitude) AS latitude, avg(longitude) AS longitude
                    FROM buddyflow.locality GROUP BY postal_code)
                SELECT v.id, v.given_name, v.postal_code, p.latitude, p.longitude, v.gender, v.age_band,
                       v.has_children, v.availability, v.interests, v.domains, v.women_only, v.capacity,
                       v.current_load, v.screening_valid_until, v.status,
                       (SELECT array_agg(l.language || ':' || l.level) FROM buddyflow.volunteer_language l
                        WHERE l.volunteer_id = v.id) AS languages
                FROM buddyflow.volunteer v
                JOIN place p ON p.postal_code = v.postal_code
                """;

    private final JdbcClient jdbc;

    VolunteerPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an applicant unless the application key exists (database-enforced, like referrals). */
    public Optional<String> addIfAbsent(VolunteerApplication a, String submittedBy, String fingerprint) {
        Optional<String> id = jdbc.sql("""
                INSERT INTO buddyflow.volunteer (id, submitted_by, source, external_reference, request_fingerprint, status,
                    given_name, family_name, email, phone, postal_code, municipality, gender, age_band,
                    has_children, availability, interests, domains, women_only, capacity)
                VALUES ('VOL-' || lpad(nextval('buddyflow.volunteer_number_seq')::text, 6, '0'), :submittedBy, :source,
                    :externalReference, :fingerprint, 'APPLICANT', :givenName, :familyName, :email, :phone,
                    :postalCode, :municipality, :gender, :ageBand, :hasChildren, :availability, :interests,
                    :domains, :womenOnly, :capacity)
                ON CONFLICT ON CONSTRAINT uq_volunteer_application DO NOTHING
                RETURNING id
                """)
                .param("submittedBy", submittedBy)
                .param("source", a.source())
                .param("externalReference", a.externalReference())
                .param("fingerprint", fingerprint)
                .param("givenName", a.givenName().strip())
                .param("familyName", a.familyName().strip())
                .param("email", a.email())
                .param("phone", a.phone())
                .param("postalCode", a.postalCode())
                .param("municipality", a.municipality())
                .param("gender", a.gender().name())
                .param("ageBand", a.ageBand().name())
                .param("hasChildren", Boolean.TRUE.equals(a.hasChildren()))
                .param("availability", names(a.availability()))
                .param("interests", a.interests() == null ? new String[0] : new TreeSet<>(a.interests()).toArray(String[]::new))
                .param("domains", names(a.domains()))
                .param("womenOnly", Boolean.TRUE.equals(a.womenOnly()))
                .param("capacity", a.capacity())
                .query(String.class)
                .optional();
        id.ifPresent(volunteerId -> a.languages().forEach(language -> jdbc.sql("""
                INSERT INTO buddyflow.volunteer_language (volunteer_id, language, level)
                VALUES (:id, :language, :level)
                ON CONFLICT (volunteer_id, language) DO UPDATE SET level = EXCLUDED.level
                """)
                .param("id", volunteerId).param("language", language.code()).param("level", language.level().name())
                .update()));
        return id;
    }

    /** The application this account sent under this key; another account's is none of its business. */
    public Optional<ExistingApplication> findByApplicationKey(String submittedBy, String source, String externalReference) {
        return jdbc.sql("""
                SELECT id, request_fingerprint, status FROM buddyflow.volunteer
                WHERE submitted_by = :submittedBy AND source = :source AND external_reference = :externalReference
                """)
                .param("submittedBy", submittedBy).param("source", source).param("externalReference", externalReference)
                .query((rs, n) -> new ExistingApplication(rs.getString("id"), rs.getString("request_fingerprint"),
                        VolunteerStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    public Optional<VolunteerSummary> findSummary(String volunteerId) {
        return jdbc.sql("""
                SELECT v.id, v.given_name, v.postal_code, v.municipality, v.status, v.capacity, v.current_load,
                       v.screening_valid_until, v.source,
                       (SELECT string_agg(l.language || ' (' || lower(l.level) || ')', ', ' ORDER BY l.language)
                        FROM buddyflow.volunteer_language l WHERE l.volunteer_id = v.id) AS languages
                FROM buddyflow.volunteer v WHERE v.id = :id
                """)
                .param("id", volunteerId)
                .query((rs, n) -> new VolunteerSummary(rs.getString("id"), rs.getString("given_name"),
                        rs.getString("postal_code"), rs.getString("municipality"), rs.getString("languages"),
                        VolunteerStatus.valueOf(rs.getString("status")), rs.getInt("capacity"),
                        rs.getInt("current_load"), rs.getObject("screening_valid_until", LocalDate.class),
                        rs.getString("source")))
                .optional();
    }

    /** Links a volunteer to their Tasklist account, for tasks assigned to them alone. */
    public void linkUser(String volunteerId, String userId) {
        jdbc.sql("UPDATE buddyflow.volunteer SET user_id = :userId WHERE id = :id")
                .param("userId", userId).param("id", volunteerId)
                .update();
    }

    public void startScreening(String volunteerId, boolean contactWithMinors, int capacity) {
        jdbc.sql("""
                UPDATE buddyflow.volunteer SET status = 'IN_SCREENING', contact_with_minors = :minors,
                       capacity = :capacity
                WHERE id = :id AND status = 'APPLICANT'
                """)
                .param("minors", contactWithMinors).param("capacity", capacity).param("id", volunteerId)
                .update();
    }

    public void recordScreeningCheck(String volunteerId, LocalDate checkedOn, String checkedBy, LocalDate validUntil) {
        jdbc.sql("""
                UPDATE buddyflow.volunteer SET screening_checked_on = :checkedOn, screening_checked_by = :checkedBy,
                       screening_valid_until = :validUntil
                WHERE id = :id
                """)
                .param("checkedOn", checkedOn).param("checkedBy", checkedBy).param("validUntil", validUntil)
                .param("id", volunteerId)
                .update();
    }

    public void activate(String volunteerId, LocalDate trainingCompletedOn, LocalDate agreementSignedOn) {
        jdbc.sql("""
                UPDATE buddyflow.volunteer SET status = 'ACTIVE', status_reason = NULL,
                       training_completed_on = :training, agreement_signed_on = :agreement, activated_at = now()
                WHERE id = :id AND status IN ('IN_SCREENING', 'ACTIVE')
                """)
                .param("training", trainingCompletedOn).param("agreement", agreementSignedOn).param("id", volunteerId)
                .update();
    }

    public void recordSupervision(String volunteerId, LocalDate heldOn, VolunteerStatus status) {
        if (status != VolunteerStatus.ACTIVE && status != VolunteerStatus.PAUSED) {
            throw new IllegalArgumentException("After supervision a volunteer is active or paused, not " + status);
        }
        jdbc.sql("""
                UPDATE buddyflow.volunteer SET status = :status, last_supervision_on = :heldOn
                WHERE id = :id AND status IN ('ACTIVE', 'PAUSED')
                """)
                .param("status", status.name()).param("heldOn", heldOn).param("id", volunteerId)
                .update();
    }

    public void archive(String volunteerId, ArchiveReason reason) {
        jdbc.sql("""
                UPDATE buddyflow.volunteer SET status = 'ARCHIVED', status_reason = :reason, archived_at = now()
                WHERE id = :id AND status <> 'ARCHIVED'
                """)
                .param("reason", reason.name()).param("id", volunteerId)
                .update();
    }

    /**
     * Volunteers that can possibly be matched with this newcomer: active, with room, sharing a
     * language, inside the distance's bounding box, and with a valid 596.2 check when minors are in
     * the household. The engine applies every constraint again, exactly.
     */
    /** Every active volunteer with a free place: the supply side of a cohort proposal. */
    public List<VolunteerCandidate> available() {
        return jdbc.sql(CANDIDATES + """
                WHERE v.status = 'ACTIVE' AND v.current_load < v.capacity
                ORDER BY v.id
                """)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    public List<VolunteerCandidate> candidatesFor(NewcomerProfile newcomer, double maxDistanceKm, LocalDate today) {
        double latitudeSpan = maxDistanceKm / KM_PER_DEGREE;
        double longitudeSpan = maxDistanceKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(newcomer.location().latitude())));
        String gender = switch (newcomer.genderPreference()) {
            case WOMAN_ONLY -> Gender.WOMAN.name();
            case MAN_ONLY -> Gender.MAN.name();
            case NONE -> null;
        };
        return jdbc.sql(CANDIDATES + """
                WHERE v.status = 'ACTIVE'
                  AND v.current_load < v.capacity
                  AND p.latitude BETWEEN :minLatitude AND :maxLatitude
                  AND p.longitude BETWEEN :minLongitude AND :maxLongitude
                  AND EXISTS (SELECT 1 FROM buddyflow.volunteer_language l
                              WHERE l.volunteer_id = v.id AND l.language = ANY (:languages))
                  AND (:minors = FALSE OR v.screening_valid_until >= :today)
                  AND (CAST(:gender AS VARCHAR) IS NULL OR v.gender = :gender)
                  AND (v.women_only = FALSE OR :newcomerIsWoman = TRUE)
                """)
                .param("minLatitude", newcomer.location().latitude() - latitudeSpan)
                .param("maxLatitude", newcomer.location().latitude() + latitudeSpan)
                .param("minLongitude", newcomer.location().longitude() - longitudeSpan)
                .param("maxLongitude", newcomer.location().longitude() + longitudeSpan)
                .param("languages", newcomer.languages().toArray(String[]::new))
                .param("minors", newcomer.minorsInHousehold())
                .param("today", today)
                .param("gender", gender)
                .param("newcomerIsWoman", newcomer.newcomerIsWoman())
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private static VolunteerCandidate candidate(ResultSet rs) throws SQLException {
        Map<String, LanguageLevel> languages = new LinkedHashMap<>();
        for (String entry : strings(rs, "languages")) {
            String[] parts = entry.split(":");
            languages.put(parts[0], LanguageLevel.valueOf(parts[1]));
        }
        return new VolunteerCandidate(rs.getString("id"), rs.getString("given_name"), languages,
                new Location(rs.getString("postal_code"), rs.getDouble("latitude"), rs.getDouble("longitude")),
                Gender.valueOf(rs.getString("gender")), AgeBand.valueOf(rs.getString("age_band")),
                rs.getBoolean("has_children"), enums(rs, "availability", Availability.class),
                Set.copyOf(Arrays.asList(strings(rs, "interests"))), enums(rs, "domains", NeedDomain.class),
                rs.getBoolean("women_only"), rs.getInt("capacity"), rs.getInt("current_load"),
                rs.getObject("screening_valid_until", LocalDate.class),
                VolunteerStatus.ACTIVE.name().equals(rs.getString("status")));
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : strings(rs, column)) {
            values.add(Enum.valueOf(type, value));
        }
        return values;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public record ExistingApplication(String volunteerId, String requestFingerprint, VolunteerStatus status) {
    }

    /** What a coordinator sees of a volunteer in onboarding tasks: no contact details. */
    public record VolunteerSummary(String volunteerId, String givenName, String postalCode, String municipality,
            String languages, VolunteerStatus status, int capacity, int currentLoad, LocalDate screeningValidUntil,
            String source) {
    }
}
