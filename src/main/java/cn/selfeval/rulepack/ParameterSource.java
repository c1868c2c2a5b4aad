package cn.selfeval.rulepack;

/** Where a parameter's value comes from: the document and article, or why it is a default. */
public record ParameterSource(SourceKind kind, String document, String article, String note) {

    public String describe() {
        StringBuilder text = new StringBuilder(kind.label());
        if (document != null && !document.isBlank()) {
            text.append("：").append(document);
            if (article != null && !article.isBlank()) {
                text.append(" ").append(article);
            }
        }
        if (note != null && !note.isBlank()) {
            text.append("（").append(note).append("）");
        }
        return text.toString();
    }
}
