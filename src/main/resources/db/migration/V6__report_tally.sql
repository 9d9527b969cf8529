-- Reports keep, per unit and for every unit above it, how many people of each category have each
-- fact today (see reports.Profile): a report for today reads a few hundred rows instead of counting
-- the records. Maintained in the transaction of every change; refreshed when the day changes.
create table report_person (
    person_id  bigint primary key,
    unit_id    bigint       not null,
    unit_path  varchar(400) not null,
    unit_level varchar(16)  not null,
    category   varchar(8)   not null,
    facts      varchar(2000) not null
);

create table report_tally (
    unit_id    bigint      not null,
    unit_level varchar(16) not null,
    category   varchar(8)  not null,
    fact       varchar(120) not null,
    people     bigint      not null,
    primary key (unit_id, unit_level, category, fact)
);

-- The date the tallies describe; null until they were first built.
create table report_tally_state (
    id    int primary key,
    as_of date
);
insert into report_tally_state (id, as_of) values (1, null);
