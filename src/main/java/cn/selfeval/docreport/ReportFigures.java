package cn.selfeval.docreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures written as the published reports write them: amounts in 万元 with thousands separators and two decimals
 * ("32,341.81万元"), rates with two decimals ("97.20%"). Display only: rates are exact and rounded here
 * ({@link cn.selfeval.decimal.Numbers#percent}); amounts are shown to the hundredth of 万元, half up, like the text report.
 */
final class ReportFigures {

    private ReportFigures() {
    }

    /** "32,341.81万元" */
    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value) + "万元";
    }

    /** "97.20%"; a rate that is not whole is never written as a whole one: 99.998% stays "99.998%", not "100.00%". */
    static String percent(BigDecimal value) {
        return cn.selfeval.decimal.Numbers.percentShown(value).toPlainString() + "%";
    }
}
