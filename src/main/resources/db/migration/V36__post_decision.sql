-- The decision a post was taken by (số quyết định bổ nhiệm, điều động …), as the personnel file keeps it.
alter table assignment add column decision varchar(100);
