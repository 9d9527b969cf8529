-- Duplicate detection (same name and birth date) joins person to itself on these two columns.
create index ix_person_name_birth on person (folded_name, birth_date);
