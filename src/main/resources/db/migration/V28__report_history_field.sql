-- The field of study of the highest professional qualification (folded, without diacritics), so that the standards can be
-- assessed as of any date from report_history (a field-of-study criterion reads it). The kept
-- figures are rebuilt at the next start (they now also keep the criteria each person leaves unmet).
alter table report_history add column field_of_study varchar(200);
update report_tally_state set as_of = null;
