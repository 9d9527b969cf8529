package vn.chuan.people;

import vn.chuan.shared.StaffCategory;

/**
 * How many posts of a category and title are held by persons with a verdict (null verdict: not
 * assessed yet). Principal posts count persons (each once); concurrent and seconded posts
 * ({@code principal} false) are counted apart, so that a headcount adds the first only and a count by
 * title adds both.
 */
public record StandingCount(StaffCategory category, String titleCode, String verdict, long count, boolean principal) {
}
