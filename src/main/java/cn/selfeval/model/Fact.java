package cn.selfeval.model;

/** Something a rule examines and an outcome can name: a procurement project, an asset count, a cost line. */
public interface Fact {
    /** What kind of thing this is, in Chinese (e.g. 采购项目). */
    String factKind();

    String factId();

    String factName();

    /**
     * The day that places this fact in an evaluation year (a project: the day its procurement started; a count:
     * its day); null when the fact belongs to the submission's year by its nature (a cost line, a finding) or the
     * day is not known yet. Checks attribute facts to years by it (see {@code PerFactCheck}).
     */
    default java.time.LocalDate yearDate() {
        return null;
    }

    /** What {@link #yearDate()} is, in Chinese, for messages (采购活动日期). */
    default String yearDateLabel() {
        return "日期";
    }

    /** The JSON path of the list (or object) the fact comes from, e.g. {@code procurementProjects}; see {@link FactLists}. */
    default String factList() {
        return FactLists.of(getClass());
    }
}
