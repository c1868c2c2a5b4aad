package cn.selfeval.review;

import java.util.List;

/**
 * A round with its units and the uploads no unit could be matched to.
 *
 * @param unmatched refused uploads whose 单位名称 could not be read, kept with their messages
 */
public record RoundView(Round round, List<UnitSummary> units, List<Version> unmatched, Progress progress) {

    /** Whether the round was given a roster: only then is a unit "not on the roster" worth saying. */
    public boolean hasRoster() {
        return units.stream().anyMatch(UnitSummary::onRoster);
    }

    /** Units: in all, with a submission, with a checked submission, under review or published, published. */
    public record Progress(int units, int submitted, int checked, int reviewed, int published) {

        static Progress of(List<UnitSummary> units) {
            return new Progress(units.size(), (int) units.stream().filter(u -> u.versions() > 0).count(),
                    (int) units.stream().filter(u -> u.status() != UnitStatus.PENDING).count(),
                    (int) units.stream().filter(u -> u.status() == UnitStatus.REVIEWING || u.status() == UnitStatus.PUBLISHED).count(),
                    (int) units.stream().filter(u -> u.status() == UnitStatus.PUBLISHED).count());
        }
    }
}
