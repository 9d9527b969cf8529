package vn.chuan.people;

import java.util.List;

/** Published after the records of these persons changed (created, corrected, moved, qualified …). */
public record PeopleChanged(List<Long> personIds) {

    public PeopleChanged {
        personIds = List.copyOf(personIds);
    }
}
