-- Import jobs in the database (issue 25): an officer's upload, its progress, its check and its result are read by
-- whichever instance the load balancer sends the next request to; the instance doing the work writes its progress
-- and a heartbeat, and a job whose instance fell silent is marked failed (its transaction died with it).
create table import_job (
    id            varchar(36)  not null primary key,
    owner         varchar(200) not null,
    file_name     varchar(500) not null,
    list_as_of    date,
    list_complete boolean      not null,
    list_left_on  date,
    created_at    timestamp    not null,
    -- READING, READY, WRITING, DONE, FAILED
    status        varchar(10)  not null,
    phase         varchar(200) not null,
    done          int          not null,
    total         int          not null,
    -- the instance reading or writing it, and when it last said it was alive (times in UTC)
    instance      varchar(64)  not null,
    heartbeat_at  timestamp    not null,
    cancelled     boolean      not null,
    -- the check (vn.chuan.imports.ImportAnalysis, serialized and compressed), once read
    analysis      bytea,
    failure       varchar,
    -- what the writing did (vn.chuan.imports.ImportResult)
    result_written   boolean,
    result_created   int,
    result_updated   int,
    result_unchanged int,
    result_left      int,
    result_skipped   int,
    result_message   varchar
);
create index import_job_owner on import_job (owner);

-- The uploaded file in parts of at most a mebibyte, so that storing and reading it never holds it whole in memory.
create table import_file_part (
    job_id  varchar(36) not null,
    part_no int         not null,
    content bytea       not null,
    constraint import_file_part_pk primary key (job_id, part_no),
    constraint import_file_part_job foreign key (job_id) references import_job (id) on delete cascade
);
