-- H2 only (db/vendor/h2): H2 gives every foreign key its own index when the table is created, so
-- these explicit indexes duplicated them (qualification.person_id, assignment.person_id,
-- assignment.unit_id, audit_change.entry_id): one more index entry per row written, 570,000 for a
-- 100,000-person import. PostgreSQL creates no index for a foreign key and keeps them.
drop index ix_qualification_person;
drop index ix_assignment_person;
drop index ix_assignment_unit;
drop index ix_audit_change_entry;
