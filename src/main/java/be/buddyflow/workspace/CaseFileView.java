package be.buddyflow.workspace;

import java.util.List;

/**
 * The case file as one reader may see it beside a task, in her language and in words: headings,
 * labelled facts and tables, ready to be shown as they are (Tasklist's "Dossier" tab).
 *
 * @param language the reader's language (nl, fr or en)
 * @param view     what the reader's role sees: {@code CASE_WORKER}, {@code COORDINATOR} or {@code BUDDY}
 */
public record CaseFileView(String language, String view, String caseId, String title, List<Section> sections) {

    /** One part of the case file; {@code facts} and {@code table} may each be empty. */
    public record Section(String id, String heading, List<Fact> facts, Table table) {
    }

    public record Fact(String label, String value) {
    }

    /** A table with a caption, column headings and rows of text; null when the section has none. */
    public record Table(String caption, List<String> columns, List<List<String>> rows) {
    }
}
