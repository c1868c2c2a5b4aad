package cn.selfeval.review;

import java.util.List;

/**
 * Everything about one unit of a round: its versions (newest first), the current checked version and its review,
 * every decision ever recorded (oldest first) and the publications (newest first).
 *
 * @param current the newest checked version; null while none is
 * @param review  null while no version is checked
 */
public record UnitDetail(Round round, UnitSummary unit, List<Version> versions, Version current, Review review,
        List<Decision> history, List<Publication> publications) {
}
