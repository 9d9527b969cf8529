package vn.chuan.people;

import java.util.List;

import vn.chuan.security.UserScope;

/**
 * Data-quality findings about a unit rather than a person, contributed by the modules above this one
 * (a past evaluation round recorded over the cap on "excellent"); the data-quality page and
 * {@code check-data} list them beside the rules about people.
 */
public interface UnitFindings {

    /** The rule's sentence, as the page titles it. */
    String title();

    /** The findings in the user's scope. */
    List<Finding> findings(UserScope scope);

    /** One unit and what is wrong with it, in Vietnamese, with the numbers. */
    record Finding(String unitName, String detail) {
    }
}
