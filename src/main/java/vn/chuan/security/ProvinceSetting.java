package vn.chuan.security;

import java.util.EnumSet;
import java.util.Set;

import vn.chuan.shared.Messages;

/**
 * Settings shared by the whole province: a change to one of them changes every unit's figures or
 * lists at once, so only the roles listed here may make it, whatever unit their scope is. This is
 * the one table of those rights; the facades enforce it ({@link UserScope#requireSetting}) and the
 * web layer only mirrors it.
 */
public enum ProvinceSetting {
    /** Standard sets: drafts, criteria, putting a set in force (NĐ 33/2023 is the province's to apply). */
    STANDARD_SETS(Messages.text("security.setting.standardSets"), Role.ADMIN, Role.PROVINCE),
    /** Indicators and target plans: the province's plan binds every unit below it. */
    TARGET_PLANS(Messages.text("security.setting.targets"), Role.ADMIN, Role.PROVINCE),
    /** The training catalogue and classes, open to the whole province. */
    TRAINING_CLASSES(Messages.text("security.setting.training"), Role.ADMIN, Role.PROVINCE),
    /** How long a title may be held before rotation (NĐ 59/2019 Art. 37), for every unit. */
    ROTATION_PERIODS(Messages.text("security.setting.rotationPeriods"), Role.ADMIN, Role.PROVINCE),
    /** The Word templates of the papers prepared from what falls due, the same for every unit. */
    DOCUMENT_TEMPLATES(Messages.text("security.setting.documentTemplates"), Role.ADMIN);

    private final String label;
    private final Set<Role> roles;

    ProvinceSetting(String label, Role first, Role... others) {
        this.label = label;
        this.roles = EnumSet.of(first, others);
    }

    public String label() {
        return label;
    }

    public boolean allows(Role role) {
        return role != null && roles.contains(role);
    }

    /** The refusal's text, in Vietnamese. */
    public String refusal() {
        return Messages.text("security.setting.provinceOnly", label);
    }
}
