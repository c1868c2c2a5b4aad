package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages run under {@code script-src 'self'; style-src 'self'}: no template holds an inline script, an event
 * handler attribute, a javascript: address or a style attribute; the only {@code <style>} is the standalone card's
 * (the downloaded HTML, opened from disk, where no policy applies and no script exists).
 */
class TemplatesHaveNoInlineCodeTest {

    /** What a Content-Security-Policy without 'unsafe-inline' blocks, as it may appear in a template or a page. */
    static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptHandlersOrStyles() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
        assertTrue(templates.size() >= 10, templates.toString());
        for (Path template : templates) {
            String text = Files.readString(template);
            Matcher m = INLINE.matcher(text);
            while (m.find()) {
                found.add(template + ":" + line(text, m.start()) + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theOnlyStyleBlockIsTheStandaloneCards() throws IOException {
        String layout = Files.readString(Path.of("src/main/jte/layout.jte"));
        assertEquals(1, count(layout, "<style>"), layout);
        assertTrue(layout.indexOf("@if(standalone)") < layout.indexOf("<style>")
                && layout.indexOf("<style>") < layout.indexOf("@else"), layout);
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : files.filter(f -> f.toString().endsWith(".jte") && !f.endsWith("layout.jte")).toList()) {
                assertEquals(0, count(Files.readString(template), "<style"), template.toString());
            }
        }
    }

    @Test
    void theScriptDetectorFindsWhatItLooksFor() {
        for (String bad : List.of("<script>alert(1)</script>", "<button onclick=\"x()\">", "<a href=\"javascript:x()\">",
                "<td style=\"color: red\">", "<SCRIPT type=\"module\">", "<img src=x onerror = y>")) {
            assertTrue(INLINE.matcher(bad).find(), bad);
        }
        for (String good : List.of("<script src=\"/assets/app.js\"></script>", "<button data-print>", "<td class=\"level-1\">")) {
            assertTrue(!INLINE.matcher(good).find(), good);
        }
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
