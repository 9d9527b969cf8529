-- The two duplicate rules of the data-quality page were the only readers of these indexes (name
-- search is a "contains" match, which no index serves), and they now find duplicates with window
-- functions over one scan, as fast without the indexes (1.3 s for 100,000 persons on H2, with or
-- without them). Their keys are random, so every insert touched a cold page of each: a
-- 100,000-row import spent about 5 of its 25 seconds maintaining them (bench/import.sh).
drop index ix_person_name_birth;
drop index ix_person_citizen_id;
