package cn.selfeval.model;

import java.util.List;

/** Facts of asset management and procurement policy beyond the inventory counts (表2 资产管理, 采购政策效能). */
public record AssetManagementFacts() {

    /** The facts the rules see. */
    public List<Object> facts() {
        return List.of();
    }
}
