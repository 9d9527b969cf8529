package vn.chuan.people;

import vn.chuan.shared.StaffCategory;

/** How many persons of a category and title hold a verdict (null verdict: not assessed yet). */
public record StandingCount(StaffCategory category, String titleCode, String verdict, long count) {
}
