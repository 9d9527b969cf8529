package vn.chuan.people;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/** A new post (transfer, rotation, appointment) or the end of a post; dates read by the shared date formatter. */
class AssignmentForm {

    private Long unitId;
    private String category;
    private String titleCode;
    private LocalDate startedOn;
    private String reason = AssignmentReason.DIEU_DONG.name();
    private String kind = PostKind.CHINH.name();
    private LocalDate endedOn;
    private String decision;
    private int version;

    /** The post of the form, or null with the errors added. */
    NewAssignment toAssignment(BindingResult errors) {
        if (errors.hasErrors()) {
            return null;
        }
        return FormErrors.capture(errors, () -> new NewAssignment(unitId == null ? null : new UnitId(unitId),
                StaffCategory.parse(category == null ? "" : category).orElse(null), titleCode, startedOn,
                AssignmentReason.parse(reason == null ? "" : reason).orElse(null), PostKind.parse(kind == null ? "" : kind).orElse(null),
                decision));
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitleCode() { return titleCode; }
    public void setTitleCode(String titleCode) { this.titleCode = titleCode; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
