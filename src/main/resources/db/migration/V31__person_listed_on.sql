-- The latest date of a yearly list (import --as-of) on which the person appeared: a list older than it
-- fills in the past and leaves the present (identity, current post) as the newer list made it.
alter table person add column listed_on date;
