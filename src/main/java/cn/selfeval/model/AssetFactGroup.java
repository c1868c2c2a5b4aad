package cn.selfeval.model;

/**
 * Marks a group of {@code assetManagement} facts as declared (present and not null), with how many items it has.
 * Rules use its absence to deduct for facts not provided, and an empty group to judge "none in the year".
 */
public record AssetFactGroup(String field, String label, int size) implements Fact {

    @Override
    public String factKind() {
        return "资产管理填报";
    }

    @Override
    public String factId() {
        return "assetManagement." + field;
    }

    @Override
    public String factName() {
        return label;
    }

    public boolean empty() {
        return size == 0;
    }
}
