package cn.selfeval.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' templates (src/main/jte), compiled to Java when selfeval is built. Every {@code ${…}} in them is
 * escaped for where it stands in the HTML, so no text from a submission or a file name reaches a page as markup.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "cn.selfeval.web.templates");

    private Templates() {
    }

    static String render(String template, Object param) {
        StringOutput out = new StringOutput(32 * 1024);
        ENGINE.render(template, param, out);
        return out.toString();
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8 * 1024);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
