package cn.selfeval.model;

/** The four lines of "三公"经费. */
public enum ThreePublicCostCategory implements Labelled {
    OVERSEAS_TRAVEL("因公出国（境）费"),
    VEHICLE_PURCHASE("公务用车购置费"),
    VEHICLE_OPERATION("公务用车运行维护费"),
    OFFICIAL_RECEPTION("公务接待费");

    private final String label;

    ThreePublicCostCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
