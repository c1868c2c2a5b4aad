package cn.selfeval.model;

/** Where income from state-owned assets comes from (行政事业性国有资产管理条例 第25、26条). */
public enum AssetIncomeType implements Labelled {
    RENTAL("出租出借收入"),
    DISPOSAL_PROCEEDS("处置收入");

    private final String label;

    AssetIncomeType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
