package cn.selfeval.review;

import java.math.BigDecimal;

/**
 * A decision as a reviewer asks for it.
 *
 * @param outcome    the outcome's key (for 补充扣分: none; {@code indicator} names where it goes)
 * @param supersedes the id of the decision in force on that outcome the reviewer saw, or null when they saw none:
 *                   when another was recorded meanwhile, the request is refused and says so
 */
public record DecisionRequest(String outcome, String action, BigDecimal points, String reason, String basis,
        String indicator, String supersedes) {
}
