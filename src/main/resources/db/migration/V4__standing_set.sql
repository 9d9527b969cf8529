-- Which standard set (and version) a stored verdict was computed under: past verdicts keep it.
alter table person_standing add column standard_set_label varchar(250);
