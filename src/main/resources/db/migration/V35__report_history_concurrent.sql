-- Concurrent and seconded posts in the dated history, so that the standards of a past date judge
-- every title held then, as today's verdict does (issue 21). Headcounts read the principal rows only;
-- has_concurrent marks the principal rows of persons who ever held another post at once, so that the
-- dated verdicts look for concurrent rows only where there can be some. The tallies are rebuilt at the
-- next start (the state is reset), which fills both columns.
alter table report_history add column principal boolean default true not null;
alter table report_history add column has_concurrent boolean default false not null;
update report_tally_state set as_of = null where id = 1;
