package cn.selfeval.model;

import java.time.LocalDate;

/**
 * One asset count (盘点): how many items the books hold and how many were found. A difference must be
 * explained and approved (行政事业性国有资产管理条例 第34条, 第39条).
 */
public record AssetInventory(
        String id,
        String name,
        LocalDate countedOn,
        InventoryScope scope,
        int bookCount,
        int physicalCount,
        boolean discrepancyExplained,
        boolean discrepancyApproved) implements NamedFact {

    @Override
    public String factKind() {
        return "资产盘点";
    }

    @Derived("是否全面盘点")
    public boolean fullCount() {
        return scope == InventoryScope.FULL;
    }

    @Derived("账实不符")
    public boolean discrepancy() {
        return bookCount != physicalCount;
    }

    @Derived("差异已说明原因并报批")
    public boolean discrepancyResolved() {
        return discrepancyExplained && discrepancyApproved;
    }

    public int countedYear() {
        return countedOn.getYear();
    }

    /** How many items the count and the books differ by. */
    @Derived("账实不符的项数")
    public int discrepancyCount() {
        return Math.abs(physicalCount - bookCount);
    }

    /** Physical less book count (negative when items are missing). */
    @Derived("差异（实盘减账面）")
    public int countDifference() {
        return physicalCount - bookCount;
    }

    @Override
    public java.time.LocalDate yearDate() {
        return countedOn;
    }

    @Override
    public String yearDateLabel() {
        return "盘点日期";
    }
}
