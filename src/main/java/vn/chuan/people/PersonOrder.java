package vn.chuan.people;

import java.util.Arrays;

import vn.chuan.shared.Messages;

/**
 * How a list of people is ordered: by given name, then family and middle names, as Vietnamese lists are (the default); by
 * the whole name as written; by code. Names in Vietnamese collation ({@link vn.chuan.shared.VietnameseOrder}).
 */
public enum PersonOrder {
    TEN("p.given_key, p.id"),
    HO_TEN("p.name_key, p.id"),
    MA("p.code, p.id");

    /** The address parameter that chooses it. */
    public static final String PARAMETER = "sapXep";

    private final String sql;

    PersonOrder(String sql) {
        this.sql = sql;
    }

    /** The {@code order by} list over the person table aliased {@code p}. */
    String sql() {
        return sql;
    }

    public String label() {
        return Messages.text(switch (this) {
            case TEN -> "people.order.givenName";
            case HO_TEN -> "people.order.fullName";
            case MA -> "people.order.code";
        });
    }

    /** The order named, or by given name when none or an unknown one is. */
    public static PersonOrder parse(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst().orElse(TEN);
    }
}
