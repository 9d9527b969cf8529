-- PostgreSQL gives a foreign key no index (H2 does): a person's training history reads by person.
create index ix_enrolment_person on enrolment (person_id);
create index ix_training_class_programme on training_class (programme_id);
