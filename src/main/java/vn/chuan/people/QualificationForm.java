package vn.chuan.people;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.Dimension;

class QualificationForm {

    private String dimension;
    private String levelCode;
    private String fieldOfStudy;
    private String institution;
    private LocalDate acquiredOn;
    private String evidence;
    private int version;

    static QualificationForm of(Qualification q) {
        QualificationForm form = new QualificationForm();
        form.dimension = q.dimension().name();
        form.levelCode = q.level().code();
        form.fieldOfStudy = q.fieldOfStudy();
        form.institution = q.institution();
        form.acquiredOn = q.acquiredOn();
        form.evidence = q.evidence();
        form.version = q.version();
        return form;
    }

    QualificationDetails toDetails(BindingResult errors) {
        if (errors.hasErrors()) {
            return null;
        }
        Dimension d = Dimension.byKey(dimension == null ? "" : dimension).orElse(null);
        return FormErrors.capture(errors, () -> new QualificationDetails(d,
                d == null ? null : d.levels().stream().filter(l -> l.code().equals(levelCode)).findFirst().orElse(null),
                fieldOfStudy, institution, acquiredOn, evidence));
    }

    public String getDimension() { return dimension; }
    public void setDimension(String dimension) { this.dimension = dimension; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String levelCode) { this.levelCode = levelCode; }
    public String getFieldOfStudy() { return fieldOfStudy; }
    public void setFieldOfStudy(String fieldOfStudy) { this.fieldOfStudy = fieldOfStudy; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public LocalDate getAcquiredOn() { return acquiredOn; }
    public void setAcquiredOn(LocalDate acquiredOn) { this.acquiredOn = acquiredOn; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
