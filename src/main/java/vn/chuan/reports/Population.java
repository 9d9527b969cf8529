package vn.chuan.reports;

import java.util.Set;

import vn.chuan.shared.StaffCategory;

/**
 * Whom an indicator counts, as of a date: holders of posts of these categories (in commune units
 * only, when asked), of these titles (any, when empty), aged between the bounds (inclusive, either
 * may be absent).
 */
public record Population(Set<StaffCategory> categories, boolean communePostsOnly, Set<String> titleCodes, Integer minAge,
        Integer maxAge) {

    public Population {
        categories = Set.copyOf(categories);
        titleCodes = Set.copyOf(titleCodes);
    }
}
