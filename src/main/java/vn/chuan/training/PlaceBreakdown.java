package vn.chuan.training;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.StaffCategory;

/** What the columns of the places table split by: the SQL of each place's value, and the values in order with their labels. */
public enum PlaceBreakdown {
    FUNDING("nguon", Messages.text("training.places.by.funding"), "c.funding"),
    CATEGORY("loai", Messages.text("training.places.by.category"), "a.category"),
    GENDER("gioi-tinh", Messages.text("training.places.by.gender"), "pe.gender"),
    ETHNICITY("dan-toc", Messages.text("training.places.by.ethnicity"), "case when pe.ethnicity = 'Kinh' then 'KINH' else 'DTTS' end"),
    STATUS("tinh-trang", Messages.text("training.places.by.status"), "e.status");

    private final String key;
    private final String label;
    final String sql;

    PlaceBreakdown(String key, String label, String sql) {
        this.key = key;
        this.label = label;
        this.sql = sql;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The values, in column order, each with its label. */
    public Map<String, String> columns() {
        Map<String, String> values = new LinkedHashMap<>();
        switch (this) {
            case FUNDING -> {
                for (Funding f : Funding.values()) {
                    values.put(f.name(), f.label());
                }
            }
            case CATEGORY -> {
                for (StaffCategory c : StaffCategory.values()) {
                    values.put(c.name(), c.label());
                }
            }
            case GENDER -> {
                for (Gender g : Gender.values()) {
                    values.put(g.name(), g.label());
                }
            }
            case ETHNICITY -> {
                values.put("KINH", "Kinh");
                values.put("DTTS", Messages.text("training.places.minority"));
            }
            default -> {
                for (EnrolmentStatus s : EnrolmentStatus.values()) {
                    values.put(s.name(), s.label());
                }
            }
        }
        return values;
    }

    public static PlaceBreakdown of(String key) {
        for (PlaceBreakdown b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        return FUNDING;
    }
}
