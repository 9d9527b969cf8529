package vn.chuan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the salary history: the rank and step held from {@code effectiveOn}, by {@code decision}. */
public record SalaryStep(long id, String rankCode, String rankName, int step, BigDecimal coefficient, int overCeilingPercent,
        BigDecimal positionAllowance, LocalDate effectiveOn, String decision) {
}
