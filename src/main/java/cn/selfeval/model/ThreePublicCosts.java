package cn.selfeval.model;

import java.util.List;

/** "三公"经费 as submitted: one line per category, 一般公共预算财政拨款 including prior-year carry-over. */
public record ThreePublicCosts(
        CostLine overseasTravel,
        CostLine vehiclePurchase,
        CostLine vehicleOperation,
        CostLine officialReception) {

    public List<ThreePublicCost> lines() {
        return List.of(
                ThreePublicCost.of(ThreePublicCostCategory.OVERSEAS_TRAVEL, overseasTravel),
                ThreePublicCost.of(ThreePublicCostCategory.VEHICLE_PURCHASE, vehiclePurchase),
                ThreePublicCost.of(ThreePublicCostCategory.VEHICLE_OPERATION, vehicleOperation),
                ThreePublicCost.of(ThreePublicCostCategory.OFFICIAL_RECEPTION, officialReception));
    }
}
