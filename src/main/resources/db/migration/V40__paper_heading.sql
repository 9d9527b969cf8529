-- The heading of the papers a user prints (NĐ 30/2020, Appendix I): their agency's superior, the agency itself and the
-- place written before the date. None set: the papers are headed by the People's Committee of the unit they cover.
alter table app_user add column paper_superior varchar(200);
alter table app_user add column paper_agency varchar(200);
alter table app_user add column paper_place varchar(100);
