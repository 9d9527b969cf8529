-- What a unit was formed from: a predecessor taken whole (a merge, a commune moved under another
-- parent) or in part (a commune split between several new ones). The past of a unit is the sum of
-- its predecessors' (a part only for the people who held a post in the successor after the split).
create table unit_lineage (
    successor_id   bigint  not null references unit (id),
    predecessor_id bigint  not null references unit (id),
    whole          boolean not null,
    effective_on   date    not null,
    primary key (successor_id, predecessor_id)
);
create index ix_unit_lineage_predecessor on unit_lineage (predecessor_id);

insert into unit_lineage (successor_id, predecessor_id, whole, effective_on)
select p.successor_id, p.id, true, s.valid_from from unit p join unit s on s.id = p.successor_id where p.successor_id is not null;
