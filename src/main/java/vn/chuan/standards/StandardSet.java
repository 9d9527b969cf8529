package vn.chuan.standards;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** One regulation's standards: the criteria per title, in force between two dates. */
public record StandardSet(long id, String code, int version, String name, String document, LocalDate effectiveFrom,
        LocalDate effectiveTo, Status status, Long basedOnId, List<Criterion> criteria, Deadline deadline) {

    /** The date by which those below the standards must reach them, and where it is written. */
    public record Deadline(LocalDate date, String source) {
    }

    public StandardSet(long id, String code, int version, String name, String document, LocalDate effectiveFrom,
            LocalDate effectiveTo, Status status, Long basedOnId, List<Criterion> criteria) {
        this(id, code, version, name, document, effectiveFrom, effectiveTo, status, basedOnId, criteria, null);
    }

    public enum Status {
        IN_FORCE(Messages.text("standards.status.inForce")),
        DRAFT(Messages.text("standards.status.draft")),
        SUPERSEDED(Messages.text("standards.status.replaced"));

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean inForceOn(LocalDate date) {
        return status == Status.IN_FORCE && !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    /** "01/08/2023 –" or "16/01/2004 – 24/12/2019", for pickers. */
    public String period() {
        return Dates.format(effectiveFrom) + " – " + (effectiveTo == null ? "" : Dates.format(effectiveTo));
    }

    public List<Criterion> criteriaFor(String titleCode) {
        return criteria.stream().filter(c -> c.titleCode().equals(titleCode)).toList();
    }
}
