-- PostgreSQL gives a foreign key no index (H2 does): grades are read by round and unit.
create index ix_evaluation_grade_round on evaluation_grade (round_id, unit_id);
