package be.buddyflow.closure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import be.buddyflow.api.Language;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The proof of participation as a printable A4 PDF (OpenPDF, docs/adr/0010): Buddyflow's header,
 * the organisation that works the case, the case, the newcomer and the buddy, the period from the
 * first meeting, every logged meeting with its hours, the total against the 40 hours of the 4th
 * pillar, place and date, and a signature block for the organisation (the activity contact).
 * <p>
 * One language per document, the reader's (nl, fr, en; sentences in {@code i18n/proof*.properties});
 * dates as dd/MM/yyyy, hours with a decimal comma in Dutch and French. The standard PDF fonts
 * (Helvetica) write the Latin-1 letters of Belgian names; letters outside it are left out.
 */
public final class ParticipationProofPdf {

    static final String SENTENCES = "i18n/proof";
    static final int SINGLE_COLUMN_MEETINGS = 12;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color BRAND = new Color(0x0f, 0x7b, 0x6c);
    private static final Color LIGHT = new Color(0xe7, 0xf3, 0xf1);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private static final Font BRAND_NAME = font(BaseFont.HELVETICA_BOLD, 20, BRAND);
    private static final Font BRAND_LINE = font(BaseFont.HELVETICA, 9, GREY);
    private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 16, Color.BLACK);
    private static final Font SUBTITLE = font(BaseFont.HELVETICA_OBLIQUE, 10, GREY);
    private static final Font TEXT = font(BaseFont.HELVETICA, 10, Color.BLACK);
    private static final Font BOLD = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font LABEL = font(BaseFont.HELVETICA, 9, GREY);
    private static final Font HEADING = font(BaseFont.HELVETICA_BOLD, 11, BRAND);
    private static final Font TABLE_HEAD = font(BaseFont.HELVETICA_BOLD, 9, Color.WHITE);
    private static final Font SMALL = font(BaseFont.HELVETICA, 8, GREY);

    private ParticipationProofPdf() {
    }

    /** The PDF's bytes, in {@code language} (Dutch when it is none of nl, fr, en). */
    public static byte[] render(ParticipationProof proof, LocalDate issuedOn, Locale language) {
        Locale locale = Language.SUPPORTED.contains(language) ? language : Language.DUTCH;
        Sentences text = new Sentences(locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            writer.setPageEvent(new Footer(text.get("proof.footer", proof.caseId())));
            document.addTitle(text.get("proof.title") + " " + proof.caseId());
            document.addAuthor(proof.organisationName());
            document.addCreator("Buddyflow");
            document.open();
            header(document, proof, text);
            facts(document, proof, text);
            meetings(document, proof, text);
            pillar(document, proof, text);
            signature(document, proof, issuedOn, text);
        } catch (DocumentException e) {
            throw new IllegalStateException("The participation proof of " + proof.caseId() + " cannot be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }

    private static void header(Document document, ParticipationProof proof, Sentences text) {
        PdfPTable band = new PdfPTable(new float[] {1, 1});
        band.setWidthPercentage(100);
        PdfPCell brand = new PdfPCell();
        brand.setBorder(Rectangle.NO_BORDER);
        brand.addElement(new Paragraph("Buddyflow", BRAND_NAME));
        brand.addElement(new Paragraph(text.get("proof.brand"), BRAND_LINE));
        PdfPCell organisation = cell(new Phrase(proof.organisationName(), BOLD));
        organisation.setHorizontalAlignment(Element.ALIGN_RIGHT);
        organisation.setVerticalAlignment(Element.ALIGN_MIDDLE);
        band.addCell(brand);
        band.addCell(organisation);
        PdfPCell rule = new PdfPCell();
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderColorBottom(BRAND);
        rule.setBorderWidthBottom(2);
        rule.setFixedHeight(6);
        band.addCell(rule);
        document.add(band);

        Paragraph title = new Paragraph(text.get("proof.title"), TITLE);
        title.setSpacingBefore(18);
        document.add(title);
        document.add(new Paragraph(text.get("proof.subtitle"), SUBTITLE));
        Paragraph intro = new Paragraph(text.get("proof.intro", proof.organisationName(), fullName(proof)), TEXT);
        intro.setSpacingBefore(12);
        intro.setSpacingAfter(10);
        document.add(intro);
    }

    private static void facts(Document document, ParticipationProof proof, Sentences text) {
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 2.8f});
        facts.setWidthPercentage(100);
        fact(facts, text.get("proof.organisation"), proof.organisationName());
        fact(facts, text.get("proof.case"), proof.caseId());
        fact(facts, text.get("proof.newcomer"), fullName(proof));
        fact(facts, text.get("proof.volunteer"), proof.volunteerNames().isEmpty() ? text.get("proof.volunteer.none")
                : String.join(", ", proof.volunteerNames()));
        fact(facts, text.get("proof.period"), period(proof, text));
        fact(facts, text.get("proof.pillar"), text.get("proof.pillar.value", text.hours(proof.hours()),
                text.hours(FourthPillar.THRESHOLD_HOURS)));
        document.add(facts);
    }

    private static void meetings(Document document, ParticipationProof proof, Sentences text) {
        Paragraph heading = new Paragraph(text.get("proof.meetings"), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        if (proof.meetings().isEmpty()) {
            document.add(new Paragraph(text.get("proof.meetings.none"), TEXT));
            return;
        }
        // Up to 12 meetings in one column; more in two, side by side, so that a six-month trajectory
        // and the signature block fit on one page.
        int columns = proof.meetings().size() > SINGLE_COLUMN_MEETINGS ? 2 : 1;
        PdfPTable table = new PdfPTable(columns == 1 ? new float[] {0.6f, 2f, 1.4f}
                : new float[] {0.6f, 2f, 1.4f, 0.4f, 0.6f, 2f, 1.4f});
        table.setWidthPercentage(columns == 1 ? 60 : 100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        for (int column = 0; column < columns; column++) {
            if (column > 0) {
                table.addCell(blank());
            }
            head(table, text.get("proof.meetings.number"), Element.ALIGN_LEFT);
            head(table, text.get("proof.meetings.date"), Element.ALIGN_LEFT);
            head(table, text.get("proof.meetings.hours"), Element.ALIGN_RIGHT);
        }
        List<ParticipationProof.LoggedMeeting> meetings = proof.meetings();
        int rows = (meetings.size() + columns - 1) / columns;
        for (int row = 0; row < rows; row++) {
            Color shade = row % 2 == 1 ? LIGHT : null;
            for (int column = 0; column < columns; column++) {
                int index = column * rows + row;
                if (column > 0) {
                    table.addCell(blank());
                }
                if (index < meetings.size()) {
                    ParticipationProof.LoggedMeeting meeting = meetings.get(index);
                    row(table, String.valueOf(index + 1), TEXT, Element.ALIGN_LEFT, shade);
                    row(table, DATE.format(meeting.metOn()), TEXT, Element.ALIGN_LEFT, shade);
                    row(table, text.hours(meeting.hours()), TEXT, Element.ALIGN_RIGHT, shade);
                } else {
                    PdfPCell empty = blank();
                    empty.setColspan(3);
                    table.addCell(empty);
                }
            }
        }
        PdfPCell total = new PdfPCell(new Phrase(text.get("proof.meetings.total", proof.meetingCount()), BOLD));
        total.setColspan(columns == 1 ? 2 : 6);
        total.setBorder(Rectangle.TOP);
        total.setPadding(4);
        table.addCell(total);
        PdfPCell totalHours = new PdfPCell(new Phrase(text.hours(proof.hours()), BOLD));
        totalHours.setBorder(Rectangle.TOP);
        totalHours.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totalHours.setPadding(4);
        table.addCell(totalHours);
        document.add(table);
    }

    private static void pillar(Document document, ParticipationProof proof, Sentences text) {
        String verdict = proof.fourthPillarReached()
                ? text.get("proof.pillar.reached", text.hours(FourthPillar.THRESHOLD_HOURS))
                : text.get("proof.pillar.notReached", text.hours(FourthPillar.THRESHOLD_HOURS.subtract(proof.hours())),
                        text.hours(FourthPillar.THRESHOLD_HOURS));
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(14);
        PdfPCell cell = new PdfPCell(new Phrase(verdict, BOLD));
        cell.setBackgroundColor(LIGHT);
        cell.setBorderColor(BRAND);
        cell.setPadding(8);
        box.addCell(cell);
        document.add(box);
    }

    /** Place, date and signature stay together: on the page of the meetings, or all on the next one. */
    private static void signature(Document document, ParticipationProof proof, LocalDate issuedOn, Sentences text) {
        PdfPTable block = new PdfPTable(new float[] {1, 1, 1.4f});
        block.setWidthPercentage(100);
        block.setSpacingBefore(20);
        block.setKeepTogether(true);
        PdfPCell place = blank();
        place.setColspan(3);
        place.setPhrase(new Phrase(text.get("proof.place", DATE.format(issuedOn)), TEXT));
        place.setPaddingBottom(12);
        block.addCell(place);
        PdfPCell forOrganisation = blank();
        forOrganisation.setColspan(3);
        forOrganisation.setPhrase(new Phrase(text.get("proof.signature", proof.organisationName()), TEXT));
        forOrganisation.setPaddingBottom(6);
        block.addCell(forOrganisation);
        for (String label : new String[] {"proof.signature.name", "proof.signature.function", "proof.signature.sign"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text.get(label), LABEL));
            cell.setFixedHeight(64);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setBorderColor(GREY);
            cell.setPadding(5);
            block.addCell(cell);
        }
        document.add(block);
    }

    private static String period(ParticipationProof proof, Sentences text) {
        LocalDate from = proof.periodFrom();
        if (from == null) {
            return text.get("proof.period.none");
        }
        return text.get(proof.ongoing() ? "proof.period.ongoing" : "proof.period.closed", DATE.format(from),
                DATE.format(proof.periodUntil()));
    }

    private static String fullName(ParticipationProof proof) {
        return (proof.givenName() + " " + proof.familyName()).strip();
    }

    private static void fact(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell content = new PdfPCell(new Phrase(value, TEXT));
        for (PdfPCell cell : new PdfPCell[] {name, content}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
            cell.setPaddingTop(4);
            cell.setPaddingBottom(5);
            table.addCell(cell);
        }
    }

    private static void head(PdfPTable table, String label, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(label, TABLE_HEAD));
        cell.setBackgroundColor(BRAND);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static void row(PdfPTable table, String value, Font font, int alignment, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        table.addCell(cell);
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell blank() {
        return cell(new Phrase(""));
    }

    private static Font font(String name, float size, Color color) {
        try {
            return new Font(BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), size, Font.NORMAL, color);
        } catch (java.io.IOException | DocumentException e) {
            throw new IllegalStateException("The standard PDF font " + name + " is built into OpenPDF", e);
        }
    }

    /** The sentences and numbers of one language. */
    static final class Sentences {

        private final Locale language;
        private final DecimalFormatSymbols symbols;

        Sentences(Locale language) {
            this.language = language;
            this.symbols = DecimalFormatSymbols.getInstance(language);
        }

        String get(String key, Object... arguments) {
            return Language.sentence(SENTENCES, key, language, arguments);
        }

        /** 42,5 in Dutch and French, 42.5 in English; whole hours without decimals. */
        String hours(BigDecimal hours) {
            return new DecimalFormat("0.#", symbols).format(hours);
        }
    }

    /** Every page ends with what the proof is about and its page number. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, SMALL), document.left(),
                    document.bottom() - 24, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(String.valueOf(writer.getPageNumber()), SMALL), document.right(),
                    document.bottom() - 24, 0);
        }
    }
}
