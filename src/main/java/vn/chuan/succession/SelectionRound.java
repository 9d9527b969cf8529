package vn.chuan.succession;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.chuan.shared.PositionTitle;

/**
 * A competitive selection round for a leadership post: criteria with weights and maximum scores,
 * candidates with their scores, and the result once decided. A candidate's total is the weighted
 * mean of their scores as a share of each maximum, out of 100.
 */
public record SelectionRound(long id, long unitId, String unitName, String titleCode, String name, LocalDate heldOn,
        List<Criterion> criteria, List<Candidate> candidates, Long winnerId, LocalDate decidedOn) {

    public record Criterion(long id, String name, int weight, int maxScore) {
    }

    public record Candidate(long id, long personId, String personCode, String personName, Map<Long, BigDecimal> scores) {
    }

    public String titleName() {
        return PositionTitle.nameOf(titleCode);
    }

    public boolean decided() {
        return decidedOn != null;
    }

    /** Out of 100; null until every criterion is scored. */
    public BigDecimal total(Candidate candidate) {
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> !candidate.scores().containsKey(c.id()))) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Criterion c : criteria) {
            weighted = weighted.add(candidate.scores().get(c.id()).multiply(BigDecimal.valueOf(c.weight()))
                    .divide(BigDecimal.valueOf(c.maxScore()), 6, RoundingMode.HALF_UP));
            weights += c.weight();
        }
        return weighted.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** The total as printed in Vietnamese ("75,00"); "—" until fully scored. */
    public String totalText(Candidate candidate) {
        BigDecimal total = total(candidate);
        return total == null ? "—" : total.toPlainString().replace('.', ',');
    }

    /** Candidates by total, highest first (those not fully scored last). */
    public List<Candidate> ranking() {
        return candidates.stream().sorted(Comparator.comparing((Candidate c) -> total(c), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Candidate::personName)).toList();
    }
}
