-- The standards verdict of the past, kept like the rest of the dated history: one row per stretch of a principal post
-- in which the person's verdict and unmet criteria stay the same, as the engine of today's verdicts judges each day
-- under the set in force that day (Standards.datedVerdicts). A past date's form then counts verdicts with one scan of
-- narrow rows instead of writing the sets' rules as SQL evaluated row by row (0,9 of a 1,1 s form at 100.000 persons).
-- Filled when the tallies are rebuilt at the next start (the state is reset).
create table report_verdict (
    person_id  bigint       not null,
    valid_from date         not null,
    valid_to   date,
    unit_id    bigint       not null,
    unit_path  varchar(400) not null,
    unit_level varchar(16)  not null,
    category   varchar(8)   not null,
    title_code varchar(40)  not null,
    verdict    varchar(16)  not null,
    gap_codes  varchar(200) not null
);
create index ix_report_verdict_person on report_verdict (person_id);
update report_tally_state set as_of = null where id = 1;
