-- Indexes that cost every write and serve no query: ix_person_name_birth (folded_name, birth_date)
-- answers every lookup by folded name; the verdict is only ever read per person (primary key).
drop index ix_person_folded_name;
drop index ix_person_standing_verdict;
