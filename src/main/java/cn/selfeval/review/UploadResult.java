package cn.selfeval.review;

/**
 * What became of one uploaded file in a round.
 *
 * @param unit      the unit it was filed under; null when a refused file names none
 * @param duplicate the same bytes were already in the round: no new version, {@code version} is the earlier one
 */
public record UploadResult(String fileName, Version version, String unitId, String unitName, boolean duplicate) {
}
