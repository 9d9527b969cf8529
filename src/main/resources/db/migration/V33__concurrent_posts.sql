-- A person holds one principal post (CHINH) and any number of concurrent (KIEM_NHIEM) or seconded
-- (BIET_PHAI) posts at once, each with its own dates and reasons. Headcounts and scope follow the
-- principal post; counts by title and the standards read every post held.
alter table assignment add column kind varchar(12) default 'CHINH' not null;
