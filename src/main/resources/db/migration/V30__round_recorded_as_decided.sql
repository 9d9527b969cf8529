-- A past year's round imported as it was decided (import-grades --closed): its grades are kept as
-- given, a breach of the cap on "excellent" is a data-quality finding rather than a refusal.
alter table evaluation_round add column recorded_as_decided boolean default false not null;
