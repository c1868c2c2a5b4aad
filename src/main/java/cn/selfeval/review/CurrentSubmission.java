package cn.selfeval.review;

/**
 * A unit of a round with its current version (the newest checked one) and that version's stored bytes: what the
 * round's 预警 reads again.
 *
 * @param version null while the unit has no checked version
 * @param bytes   null while the unit has no checked version
 */
public record CurrentSubmission(String unitId, String unitName, int versions, Version version, byte[] bytes) {
}
