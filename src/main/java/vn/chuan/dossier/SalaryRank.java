package vn.chuan.dossier;

import java.math.BigDecimal;
import java.util.List;

/**
 * A civil-servant rank (ngạch) with its scale group, the months between regular raises and its steps'
 * coefficients (NĐ 204/2004, TT 08/2013/TT-BNV Art. 2); data, since the wage reform replaces coefficients.
 */
public record SalaryRank(String code, String name, String scaleGroup, int raiseMonths, List<BigDecimal> coefficients) {

    public int steps() {
        return coefficients.size();
    }

    /** The coefficient of {@code step} (1-based). */
    public BigDecimal coefficient(int step) {
        return coefficients.get(step - 1);
    }

    public String label() {
        return name + " (" + code + ")";
    }
}
