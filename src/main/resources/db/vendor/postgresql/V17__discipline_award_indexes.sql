-- PostgreSQL gives a foreign key no index (H2 does): discipline and awards are read by person.
create index ix_discipline_person on discipline (person_id);
create index ix_award_person on award (person_id);
