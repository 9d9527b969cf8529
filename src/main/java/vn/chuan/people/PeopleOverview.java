package vn.chuan.people;

import java.util.Map;

import vn.chuan.shared.Shares;
import vn.chuan.shared.StaffCategory;

/** Headline figures of a scope on a date: who holds a post, by category, women, minorities, party members. */
public record PeopleOverview(long total, Map<StaffCategory, Long> byCategory, long women, long ethnicMinority,
        long partyMembers) {

    public long count(StaffCategory category) {
        return byCategory.getOrDefault(category, 0L);
    }

    public String share(long part) {
        return total == 0 ? "0,00%" : Shares.percent(part, total, 2);
    }
}
