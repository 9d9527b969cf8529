package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/** A post a person takes from a date: unit, category, title and why. */
public record NewAssignment(UnitId unitId, StaffCategory category, String titleCode, LocalDate startedOn,
        AssignmentReason reason) {

    public NewAssignment {
        if (unitId == null) {
            throw new InvalidPersonDataException("unitId", "Hãy chọn đơn vị công tác");
        }
        if (category == null) {
            throw new InvalidPersonDataException("category", "Hãy chọn loại (cán bộ, công chức, viên chức, không chuyên trách)");
        }
        PositionTitle title = PositionTitle.findByCode(titleCode).orElseThrow(() ->
                new InvalidPersonDataException("titleCode", "Hãy chọn chức danh trong danh mục"));
        if (title.category() != category) {
            throw new InvalidPersonDataException("titleCode", "Chức danh " + title.name() + " thuộc loại "
                    + title.category().label().toLowerCase() + ", không phải " + category.label().toLowerCase());
        }
        if (startedOn == null) {
            throw new InvalidPersonDataException("startedOn", "Ngày bắt đầu không được để trống");
        }
        if (reason == null || reason.endsService()) {
            throw new InvalidPersonDataException("reason", "Hãy chọn lý do bắt đầu (tuyển dụng, bầu cử, bổ nhiệm, điều động, luân chuyển…)");
        }
    }
}
