package be.buddyflow.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.buddyflow.api.Language;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.closure.FourthPillar;
import be.buddyflow.security.Role;
import be.buddyflow.trajectory.CaseTasks;
import be.buddyflow.trajectory.CaseTasks.CaseTask;
import be.buddyflow.workspace.CaseFileView.Fact;
import be.buddyflow.workspace.CaseFileView.Section;
import be.buddyflow.workspace.CaseFileView.Table;
import org.springframework.stereotype.Service;

/**
 * The case file beside a task, cut to what the reader may know (docs/roles-and-permissions.md,
 * "The case file beside a task"). The task decides: the reader must be able to see it in Tasklist
 * (the engine checks, as her), and it must belong to a case. Then
 * <ul>
 * <li>a social worker of the organisation that works the case reads the case file: identity and
 * contact, residence and reception, languages and interpreter, phase and timeline with decisions,
 * the duo with the buddy's contact, meetings against the 40 hours, concerns with their text,
 * consents;</li>
 * <li>a coordinator reads what matching needs: no name (matching never had the newcomer's name), no
 * contact details, no date of birth (an age), no concern texts;</li>
 * <li>the volunteer assigned to the task reads his own duo's minimal profile: the newcomer's first
 * name if she agreed to buddy contact, her languages, where she lives, children or not;</li>
 * <li>anyone else reads nothing, as for a task that does not exist.</li>
 * </ul>
 * Every read is one row of the access audit, under the reader's name.
 */
@Service
public class CaseFileTab {

    static final String BUNDLE = "i18n/casefile";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private final CaseTasks caseTasks;
    private final CaseFileFacts facts;
    private final AuditLog auditLog;

    CaseFileTab(CaseTasks caseTasks, CaseFileFacts facts, AuditLog auditLog) {
        this.caseTasks = caseTasks;
        this.facts = facts;
        this.auditLog = auditLog;
    }

    /** The reader as the webapp session knows her. */
    public record Reader(String userId, Set<String> groups) {
    }

    public Optional<CaseFileView> read(String taskId, Reader reader, Locale language) {
        return resolve(taskId, reader).map(access -> {
            CaseFileFacts.Case c = access.caseFile();
            Words words = new Words(language);
            auditLog.read(c.id(), access.view().resource, purposeIn(c.phase()));
            return switch (access.view()) {
                case CASE_WORKER -> caseWorkerView(c, words);
                case COORDINATOR -> coordinatorView(c, words);
                case BUDDY -> buddyView(c, reader.userId(), words);
            };
        });
    }

    /**
     * The context a task shows in the task list: the case number and the person, as far as the
     * reader may know her (the full name for the organisation's social workers, no name for
     * coordinators, for the volunteer the first name she agreed to share); the same refusals as
     * {@link #read}, and each read audited the same way.
     */
    public Optional<TaskContext> context(String taskId, Reader reader, Locale language) {
        return resolve(taskId, reader).map(access -> {
            CaseFileFacts.Case c = access.caseFile();
            auditLog.read(c.id(), access.view().resource, purposeIn(c.phase()));
            String person = switch (access.view()) {
                case CASE_WORKER -> c.givenName() + " " + c.familyName();
                case COORDINATOR -> null;
                case BUDDY -> sharesFirstName(c, reader.userId()) ? c.givenName() : null;
            };
            Words words = new Words(language);
            String text = person == null ? words.get("title", c.id()) : words.get("card", c.id(), person);
            return new TaskContext(words.language(), c.id(), person, text);
        });
    }

    /** What a task in the list shows of its case; {@code person} null when the reader may not know her name. */
    public record TaskContext(String language, String caseId, String person, String text) {
    }

    /** Which of the views the reader gets, and for what part of the audit. */
    enum View {
        CASE_WORKER(Resource.CASE_FILE),
        COORDINATOR(Resource.CANDIDATES),
        BUDDY(Resource.MATCH_PROPOSAL);

        final Resource resource;

        View(Resource resource) {
            this.resource = resource;
        }
    }

    private record Access(View view, CaseFileFacts.Case caseFile) {
    }

    private Optional<Access> resolve(String taskId, Reader reader) {
        Optional<CaseTask> task = caseTasks.visibleTo(taskId, reader.userId(), List.copyOf(reader.groups()));
        if (task.isEmpty()) {
            return Optional.empty();
        }
        Optional<CaseFileFacts.Case> found = facts.find(task.get().caseId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFileFacts.Case c = found.get();
        if (reader.groups().contains(Role.SOCIAL_WORKER.groupId()) && reader.groups().contains(c.organisationId())) {
            return Optional.of(new Access(View.CASE_WORKER, c));
        }
        if (reader.groups().contains(Role.COORDINATOR.groupId())) {
            return Optional.of(new Access(View.COORDINATOR, c));
        }
        if (reader.groups().contains(Role.VOLUNTEER.groupId()) && reader.userId().equals(task.get().assignee())) {
            return Optional.of(new Access(View.BUDDY, c));
        }
        return Optional.empty();
    }

    /** The newcomer's first name goes to her running duo's volunteer only, and only with her consent to buddy contact. */
    private boolean sharesFirstName(CaseFileFacts.Case c, String volunteerUser) {
        return c.consentBuddyContact() && facts.duos(c.id()).stream()
                .anyMatch(d -> d.endedOn() == null && volunteerUser.equals(d.volunteerUser()));
    }

    /** The step of the programme the case is in is what a read beside its task serves. */
    static Purpose purposeIn(String phase) {
        return switch (phase) {
            case "INTAKE" -> Purpose.INTAKE_REVIEW;
            case "SCREENING" -> Purpose.SCREENING;
            case "MATCHING" -> Purpose.MATCHING;
            case "CLOSED" -> Purpose.CLOSURE;
            default -> Purpose.DUO_FOLLOW_UP;
        };
    }

    private CaseFileView caseWorkerView(CaseFileFacts.Case c, Words w) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("person", w.get("section.person"), List.of(
                fact(w.get("label.caseNumber"), c.id()),
                fact(w.get("label.name"), c.givenName() + " " + c.familyName()),
                fact(w.get("label.dateOfBirth"), w.date(c.dateOfBirth())),
                fact(w.get("label.phone"), w.orUnknown(c.phone())),
                fact(w.get("label.email"), w.orUnknown(c.email())),
                fact(w.get("label.place"), place(c)),
                fact(w.get("label.household"), w.get("household", count(c.adults()), count(c.children()))))));
        sections.add(section("residence", w.get("section.residence"), List.of(
                fact(w.get("label.residenceStatus"), w.code("residence.", c.residenceStatus())),
                fact(w.get("label.recognitionDate"), w.date(c.recognitionDate())),
                fact(w.get("label.reception"), c.receptionName() == null || c.receptionName().isBlank()
                        ? w.code("reception.", c.receptionType())
                        : w.code("reception.", c.receptionType()) + ", " + c.receptionName()))));
        CaseTasks.Interpreter interpreter = caseTasks.interpreter(c.id());
        sections.add(section("languages", w.get("section.languages"), List.of(
                fact(w.get("label.languages"), w.languages(c.languages())),
                fact(w.get("label.interpreter"), interpreter.needed() == null ? w.get("unknown")
                        : !interpreter.needed() ? w.get("no")
                        : interpreter.language() == null ? w.get("yes")
                        : w.get("yesIn", w.language(interpreter.language()))))));
        List<CaseFileFacts.Duo> duos = facts.duos(c.id());
        sections.add(new Section("trajectory", w.get("section.trajectory"), List.of(
                fact(w.get("label.phase"), w.code("phase.", c.phase())),
                fact(w.get("label.opened"), w.date(c.createdAt()))),
                new Table(w.get("section.timeline"), List.of(w.get("table.date"), w.get("table.event")),
                        timeline(c, duos, w))));
        activeDuo(duos, w).ifPresent(sections::add);
        sections.add(meetings(c.id(), w));
        List<CaseFileFacts.Request> requests = facts.requests(c.id());
        if (!requests.isEmpty()) {
            auditLog.read(c.id(), Resource.DUO_REQUEST, purposeIn(c.phase()));
        }
        sections.add(new Section("concerns", w.get("section.concerns"), requests.isEmpty()
                ? List.of(fact(w.get("section.concerns"), w.get("none"))) : List.of(),
                requests.isEmpty() ? null : new Table(w.get("section.concerns"),
                        List.of(w.get("table.date"), w.get("table.kind"), w.get("table.raisedBy"), w.get("table.reason"),
                                w.get("table.text")),
                        requests.stream().map(r -> List.of(w.date(r.raisedAt()), w.code("kind.", r.kind()),
                                w.code("raisedFor.", r.raisedFor()),
                                r.reason() == null ? "" : w.code("endReason.", r.reason()),
                                r.text() == null ? "" : r.text())).toList())));
        List<CaseFileFacts.Consent> consents = facts.consentsInForce(c.id());
        sections.add(new Section("consents", w.get("section.consents"), List.of(),
                new Table(w.get("section.consents"), List.of(w.get("table.consent"), w.get("table.since")),
                        consents.stream().map(k -> List.of("SHARING".equals(k.purpose())
                                ? w.get("consent.SHARING", k.organisation())
                                : w.code("consent.", k.purpose()), w.date(k.recordedAt()))).toList())));
        return new CaseFileView(w.language(), View.CASE_WORKER.name(), c.id(), w.get("title", c.id()), sections);
    }

    /** The running duo with the volunteer's contact: both the case team and the coordinators reach her. */
    private static Optional<Section> activeDuo(List<CaseFileFacts.Duo> duos, Words w) {
        return duos.stream().filter(d -> d.endedOn() == null).findFirst().map(duo -> section("duo",
                w.get("section.duo"), List.of(
                        fact(w.get("label.volunteer"), duo.volunteerFirstName()),
                        fact(w.get("label.phone"), w.orUnknown(duo.volunteerPhone())),
                        fact(w.get("label.email"), w.orUnknown(duo.volunteerEmail())),
                        fact(w.get("label.duoStarted"), w.date(duo.startedOn())),
                        fact(w.get("label.firstMeeting"), w.date(duo.firstMeetingOn())))));
    }

    private CaseFileView coordinatorView(CaseFileFacts.Case c, Words w) {
        List<Section> sections = new ArrayList<>();
        List<Fact> matching = new ArrayList<>(List.of(
                fact(w.get("label.caseNumber"), c.id()),
                fact(w.get("label.age"), c.dateOfBirth() == null ? w.get("unknown")
                        : w.get("age", Period.between(c.dateOfBirth(), LocalDate.now(BELGIUM)).getYears())),
                fact(w.get("label.place"), place(c)),
                fact(w.get("label.languages"), w.languages(c.languages())),
                fact(w.get("label.children"), c.children() != null && c.children() > 0 ? w.get("yes") : w.get("no")),
                fact(w.get("label.phase"), w.code("phase.", c.phase()))));
        facts.screening(c.id()).ifPresent(s -> {
            matching.add(fact(w.get("label.needs"), s.needDomains().isEmpty() ? w.get("none")
                    : s.needDomains().stream().map(d -> w.code("domain.", d)).collect(Collectors.joining(", "))));
            matching.add(fact(w.get("label.genderWish"), w.code("gender.", s.genderPreference())));
        });
        sections.add(section("matching", w.get("section.matching"), matching));
        activeDuo(facts.duos(c.id()), w).ifPresent(sections::add);
        sections.add(meetings(c.id(), w));
        List<CaseFileFacts.Request> requests = facts.requests(c.id());
        if (!requests.isEmpty()) {
            // Who asked and why, never the text (docs/data-protection.md).
            sections.add(new Section("concerns", w.get("section.concerns"), List.of(),
                    new Table(w.get("section.concerns"),
                            List.of(w.get("table.date"), w.get("table.kind"), w.get("table.raisedBy"), w.get("table.reason")),
                            requests.stream().map(r -> List.of(w.date(r.raisedAt()), w.code("kind.", r.kind()),
                                    w.code("raisedFor.", r.raisedFor()),
                                    r.reason() == null ? "" : w.code("endReason.", r.reason()))).toList())));
        }
        return new CaseFileView(w.language(), View.COORDINATOR.name(), c.id(), w.get("title", c.id()), sections);
    }

    private CaseFileView buddyView(CaseFileFacts.Case c, String volunteerUser, Words w) {
        List<Fact> profile = new ArrayList<>();
        if (sharesFirstName(c, volunteerUser)) {
            profile.add(fact(w.get("label.firstName"), c.givenName()));
        }
        profile.add(fact(w.get("label.languages"), w.languages(c.languages())));
        profile.add(fact(w.get("label.place"), place(c)));
        profile.add(fact(w.get("label.children"), c.children() != null && c.children() > 0 ? w.get("yes") : w.get("no")));
        return new CaseFileView(w.language(), View.BUDDY.name(), c.id(), w.get("title", c.id()),
                List.of(section("buddy", w.get("section.buddy"), profile)));
    }

    private Section meetings(String caseId, Words w) {
        List<CaseFileFacts.MeetingRow> meetings = facts.meetings(caseId);
        BigDecimal hours = meetings.stream().map(CaseFileFacts.MeetingRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Section("meetings", w.get("section.meetings"),
                List.of(fact(w.get("label.hours"), w.get("label.hoursAgainstTarget", w.number(hours),
                        w.number(FourthPillar.THRESHOLD_HOURS)))),
                meetings.isEmpty() ? null : new Table(w.get("section.meetings"),
                        List.of(w.get("table.date"), w.get("table.hours"), w.get("table.topics")),
                        meetings.stream().map(m -> List.of(w.date(m.metOn()), w.number(m.hours()),
                                m.domains().isEmpty() ? "" : m.domains().stream().map(d -> w.code("domain.", d))
                                        .collect(Collectors.joining(", ")))).toList()));
    }

    private List<List<String>> timeline(CaseFileFacts.Case c, List<CaseFileFacts.Duo> duos, Words w) {
        record Entry(LocalDate on, String what) {
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(w.day(c.createdAt()), w.get("event.opened")));
        for (CaseFileFacts.Decision d : facts.decisions(c.id())) {
            String decision = w.code("decision.", d.decision());
            entries.add(new Entry(w.day(d.decidedAt()), d.reason() == null ? w.get("event.decision", decision)
                    : w.get("event.decisionWithReason", decision, w.code("reason.", d.reason()))));
        }
        for (CaseFileFacts.Duo duo : duos) {
            entries.add(new Entry(duo.startedOn(), w.get("event.duoStarted", duo.volunteerFirstName())));
            if (duo.firstMeetingOn() != null) {
                entries.add(new Entry(duo.firstMeetingOn(), w.get("event.firstMeeting")));
            }
            if (duo.endedOn() != null) {
                entries.add(new Entry(duo.endedOn(), w.get("event.duoEnded")));
            }
        }
        if (c.closedAt() != null) {
            entries.add(new Entry(w.day(c.closedAt()), w.get("event.closed")));
        }
        return entries.stream().sorted(Comparator.comparing(Entry::on, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(e -> List.of(w.date(e.on()), e.what())).toList();
    }

    private static String place(CaseFileFacts.Case c) {
        return c.municipality() == null || c.municipality().isBlank() ? c.postalCode()
                : c.postalCode() + " " + c.municipality();
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    private static Section section(String id, String heading, List<Fact> facts) {
        return new Section(id, heading, facts, null);
    }

    private static Fact fact(String label, String value) {
        return new Fact(label, value);
    }

    /** The reader's words: sentences of the casefile bundle, codes as words, dates and numbers. */
    static final class Words {

        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String language() {
            return locale.getLanguage();
        }

        String get(String key, Object... arguments) {
            return Language.sentence(BUNDLE, key, locale, arguments);
        }

        /** A stored code in words: the key {@code prefix + code}, else {@code prefix + "other"}, else "not known". */
        String code(String prefix, String code) {
            if (code == null) {
                return get("unknown");
            }
            try {
                return get(prefix + code);
            } catch (MissingResourceException unknownCode) {
                try {
                    return get(prefix + "other");
                } catch (MissingResourceException noFallback) {
                    return get("unknown");
                }
            }
        }

        String orUnknown(String value) {
            return value == null || value.isBlank() ? get("unknown") : value;
        }

        String date(LocalDate date) {
            return date == null ? get("unknown") : DATE.format(date);
        }

        String date(OffsetDateTime moment) {
            return date(day(moment));
        }

        LocalDate day(OffsetDateTime moment) {
            return moment == null ? null : moment.atZoneSameInstant(BELGIUM).toLocalDate();
        }

        String number(BigDecimal value) {
            return java.text.NumberFormat.getNumberInstance(locale).format(value.stripTrailingZeros());
        }

        /** An ISO 639-1 code by its name in the reader's language ("Arabisch", "arabe", "Arabic"). */
        String language(String code) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
            return name == null || name.isBlank() || name.equalsIgnoreCase(code) ? get("unknown") : name;
        }

        String languages(List<String> codes) {
            return codes.isEmpty() ? get("none") : codes.stream().map(this::language).collect(Collectors.joining(", "));
        }
    }
}
