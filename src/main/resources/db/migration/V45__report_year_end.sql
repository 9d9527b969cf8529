-- Past year ends kept like today's tallies (ReportYearEnds): what a past date's form counts from report_history and
-- report_verdict, already counted for the 31 December of each kept year, per post unit and category. A form as of a
-- kept year end then reads some rows per unit instead of grouping every post of the country (3,7 s at 3.000.000).
-- Kept in the transaction of every change by the difference of the persons' old and new rows; a year end is added
-- when the year turns; all are filled when the tallies are rebuilt at the next start (the state is reset).
create table report_year_end_state (
    as_of date primary key
);

-- Who held a principal post there on that day: how many, with a birth date, women, party members, of a minority, at
-- least 30, 41, 51 and 61 years old, and per dimension how many had reached each rank (columns as in report_history).
create table report_year_end (
    as_of      date         not null,
    unit_path  varchar(400) not null,
    unit_level varchar(16)  not null,
    category   varchar(8)   not null,
    unit_id    bigint       not null,
    people bigint not null, born bigint not null, women bigint not null, party bigint not null, minority bigint not null,
    aged_30 bigint not null, aged_41 bigint not null, aged_51 bigint not null, aged_61 bigint not null,
    van_hoa_1 bigint not null, van_hoa_2 bigint not null,
    chuyen_mon_1 bigint not null, chuyen_mon_2 bigint not null, chuyen_mon_3 bigint not null, chuyen_mon_4 bigint not null,
    chuyen_mon_5 bigint not null, chuyen_mon_6 bigint not null,
    llct_1 bigint not null, llct_2 bigint not null, llct_3 bigint not null, llct_4 bigint not null,
    qlnn_1 bigint not null, qlnn_2 bigint not null, qlnn_3 bigint not null, qlnn_4 bigint not null,
    tin_hoc_1 bigint not null, tin_hoc_2 bigint not null,
    ngoai_ngu_1 bigint not null, ngoai_ngu_2 bigint not null, ngoai_ngu_3 bigint not null, ngoai_ngu_4 bigint not null,
    ngoai_ngu_5 bigint not null, ngoai_ngu_6 bigint not null,
    tieng_dan_toc_1 bigint not null,
    qpan_1 bigint not null, qpan_2 bigint not null, qpan_3 bigint not null, qpan_4 bigint not null,
    primary key (as_of, unit_path, unit_level, category)
);

-- The same holders by title (kind T) and by ethnic group (kind E): how many.
create table report_year_end_label (
    as_of      date         not null,
    unit_path  varchar(400) not null,
    unit_level varchar(16)  not null,
    category   varchar(8)   not null,
    kind       char(1)      not null,
    label      varchar(40)  not null,
    unit_id    bigint       not null,
    people     bigint       not null,
    primary key (as_of, unit_path, unit_level, category, kind, label)
);

-- Their standards verdicts on that day (report_verdict's stretches that cover it), by verdict and unmet criteria.
create table report_year_end_verdict (
    as_of      date         not null,
    unit_path  varchar(400) not null,
    unit_level varchar(16)  not null,
    category   varchar(8)   not null,
    verdict    varchar(16)  not null,
    gap_codes  varchar(200) not null,
    unit_id    bigint       not null,
    posts      bigint       not null,
    primary key (as_of, unit_path, unit_level, category, verdict, gap_codes)
);

update report_tally_state set as_of = null where id = 1;
