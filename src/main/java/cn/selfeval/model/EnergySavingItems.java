package cn.selfeval.model;

/**
 * Whether a project buys products on the 节能产品政府采购品目清单 (财库〔2019〕19号, under the execution mechanism of
 * 财库〔2019〕9号), and whether any of them are marked for mandatory purchase (强制采购) rather than preference.
 */
public enum EnergySavingItems implements Labelled {
    MANDATORY("含强制采购的节能产品品目"),
    PREFERRED("只含优先采购的节能产品品目"),
    NOT_LISTED("不含节能产品品目清单中的品目");

    private final String label;

    EnergySavingItems(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
