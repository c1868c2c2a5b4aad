package cn.selfeval.model;

/** A declared exemption from intent disclosure, with the unit's stated reason. */
public record Exemption(ExemptionType type, String reason) {

    /** "涉密采购（…）：理由" — how outcomes quote the declaration. */
    public String describe() {
        return type.label() + "：" + reason;
    }
}
