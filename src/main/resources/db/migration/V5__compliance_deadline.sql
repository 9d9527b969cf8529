-- A set may give those below its standards a deadline to reach them (NĐ 33/2023 Art. 38: five years).
alter table standard_set add column compliance_deadline date;
alter table standard_set add column compliance_deadline_source varchar(300);
