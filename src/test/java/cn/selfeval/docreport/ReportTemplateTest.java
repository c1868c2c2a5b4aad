package cn.selfeval.docreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The template in the resources has what the report relies on: every style it names, A4, page numbers, the sample table. */
class ReportTemplateTest {

    @Test
    void theShippedTemplateDefinesThePageAndEveryStyleTheReportNames() throws Exception {
        try (InputStream in = DocxDocument.class.getResourceAsStream(DocxDocument.TEMPLATE); XWPFDocument doc = new XWPFDocument(in)) {
            for (String style : DocxDocument.STYLES) {
                assertTrue(doc.getStyles().styleExist(style), "style " + style);
            }
            assertEquals("黑体", doc.getStyles().getStyle(DocxDocument.Style.HEADING1).getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("仿宋", doc.getStyles().getStyle(DocxDocument.Style.BODY).getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW(), "A4 width");
            assertEquals(BigInteger.valueOf(16838), section.getPgSz().getH(), "A4 height");
            XWPFFooter footer = doc.getFooterArray(0);
            assertTrue(footer._getHdrFtr().xmlText().contains("PAGE"), "a page number field in the footer");
            assertFalse(doc.getTables().isEmpty(), "the sample table every report table copies");
        }
    }

    @Test
    void theGeneratorWritesATemplateWithTheSameStyles() throws Exception {
        try (XWPFDocument generated = ReportTemplateGenerator.template()) {
            for (String style : DocxDocument.STYLES) {
                assertTrue(generated.getStyles().styleExist(style), "style " + style);
            }
        }
    }
}
