package cn.selfeval.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One official reception (公务接待) as the unit's 接待清单 lists it (党政机关国内公务接待管理规定 第十二条: 接待对象的单位、
 * 公务活动、时间、费用), with whether the sending unit's official letter (公函) was received: 第六条 forbids receiving
 * visitors without one.
 *
 * @param visitorUnit       the visitors' unit (接待对象单位); optional
 * @param hasOfficialLetter whether a 公函 was received; null when the list does not say (the check cannot tell)
 * @param letterReference   the letter's number or title, optional
 * @param cost              the reception's cost in 万元, optional
 */
public record OfficialReception(
        String id,
        String name,
        String visitorUnit,
        LocalDate receivedOn,
        Boolean hasOfficialLetter,
        String letterReference,
        BigDecimal cost) implements NamedFact {

    @Override
    public String factKind() {
        return "公务接待";
    }

    @Override
    public LocalDate yearDate() {
        return receivedOn;
    }

    @Override
    public String yearDateLabel() {
        return "接待日期";
    }
}
