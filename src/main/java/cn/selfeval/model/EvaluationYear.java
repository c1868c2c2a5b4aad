package cn.selfeval.model;

/** The year under evaluation, as a fact so that rules can ask "was something done in that year". */
public record EvaluationYear(int year) implements Fact {

    @Override
    public String factKind() {
        return "评价年度";
    }

    @Override
    public String factId() {
        return String.valueOf(year);
    }

    @Override
    public String factName() {
        return year + "年度";
    }
}
