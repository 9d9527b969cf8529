package vn.chuan.people;

import java.util.List;

/**
 * Published after the records of these persons changed (created, corrected, moved, qualified …).
 * A bulk load also hands over the records it just wrote ({@code written}), so that listeners need
 * not read them back; otherwise that list is empty.
 */
public record PeopleChanged(List<Long> personIds, List<PersonRecord> written) {

    public PeopleChanged {
        personIds = List.copyOf(personIds);
        written = List.copyOf(written);
    }

    public PeopleChanged(List<Long> personIds) {
        this(personIds, List.of());
    }
}
