-- PostgreSQL gives a foreign key no index (H2 does): the pools a person is in are read by person.
create index ix_pool_member_person on pool_member (person_id);
create index ix_pool_member_pool on pool_member (pool_id);
