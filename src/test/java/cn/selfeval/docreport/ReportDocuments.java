package cn.selfeval.docreport;

import cn.selfeval.check.Checker;
import cn.selfeval.check.PackRegistry;
import cn.selfeval.input.SubmissionReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Checks fixtures with the shipped packs and reads their reports back with POI, for the report's tests. */
final class ReportDocuments {

    private static final PackRegistry PACKS = new PackRegistry(Path.of("rules"));

    /** A checked fixture: its score card and submission, and its report. */
    record Checked(Checker.Result result, byte[] docx) {

        XWPFDocument document() {
            try {
                return new XWPFDocument(new ByteArrayInputStream(docx));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ReportDocuments() {
    }

    static Checked check(Path fixture) {
        SubmissionReader.Parsed parsed = SubmissionReader.parse(fixture.toString(), SubmissionReader.readBytes(fixture));
        Checker checker = cn.selfeval.check.ScopedChoice.choose(parsed, PACKS::select).checker();
        Checker.Result result = checker.check(parsed);
        return new Checked(result, SelfEvaluationReport.docx(result.card(), result.submission()));
    }

    /** The paragraphs of the document body (tables' cells not included), in order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs();
    }

    /** The text of the body paragraphs between the heading {@code from} and the next heading of level 1. */
    static String section(XWPFDocument doc, String from) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (DocxDocument.Style.HEADING1.equals(p.getStyle())) {
                in = p.getText().equals(from);
                continue;
            }
            if (in) {
                out.append(p.getText()).append('\n');
            }
        }
        return out.toString();
    }
}
