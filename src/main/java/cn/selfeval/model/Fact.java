package cn.selfeval.model;

/** Something a rule examines and an outcome can name: a procurement project, an asset count, a cost line. */
public interface Fact {
    /** What kind of thing this is, in Chinese (e.g. 采购项目). */
    String factKind();

    String factId();

    String factName();

    /** The JSON path of the list (or object) the fact comes from, e.g. {@code procurementProjects}; see {@link FactLists}. */
    default String factList() {
        return FactLists.of(getClass());
    }
}
