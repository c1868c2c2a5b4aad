package cn.selfeval.model;

import java.util.List;

/** Facts of budget preparation, disclosure and performance management (表2 预算编制 … 采购内控制度). */
public record ManagementFacts() {

    /** The facts the rules see. */
    public List<Object> facts() {
        return List.of();
    }
}
