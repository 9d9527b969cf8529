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

-- Every post of every person with what the reports count of its holder, for reports on past dates
-- without reading every qualification: per dimension, the date the person first held each rank or
-- above (<dimension key>_<rank>; 1900-01-01 when the qualification's date is unknown, null when
-- never). One row per post; kept with report_person, rebuilt with it.
create table report_history (
    person_id    bigint      not null,
    started_on   date        not null,
    ended_on     date,
    unit_id      bigint      not null,
    unit_path    varchar(400) not null,
    unit_level   varchar(16) not null,
    category     varchar(8)  not null,
    title_code   varchar(40) not null,
    gender       varchar(3)  not null,
    party_member boolean     not null,
    minority     boolean     not null,
    ethnicity    varchar(40) not null,
    birth_date   date        not null,
    van_hoa_1 date, van_hoa_2 date,
    chuyen_mon_1 date, chuyen_mon_2 date, chuyen_mon_3 date, chuyen_mon_4 date, chuyen_mon_5 date, chuyen_mon_6 date,
    llct_1 date, llct_2 date, llct_3 date, llct_4 date,
    qlnn_1 date, qlnn_2 date, qlnn_3 date, qlnn_4 date,
    tin_hoc_1 date, tin_hoc_2 date,
    ngoai_ngu_1 date, ngoai_ngu_2 date, ngoai_ngu_3 date, ngoai_ngu_4 date, ngoai_ngu_5 date, ngoai_ngu_6 date,
    tieng_dan_toc_1 date,
    qpan_1 date, qpan_2 date, qpan_3 date, qpan_4 date
);
create index ix_report_history_person on report_history (person_id);
