package cn.selfeval.model;

/** What was done with an asset that needs approval before it happens. */
public enum AssetTransactionType implements Labelled {
    DISPOSAL("处置（出售、转让、报废、划转等）"),
    LEASE("出租"),
    LENDING("出借");

    private final String label;

    AssetTransactionType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
