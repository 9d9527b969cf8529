-- A unit of an evaluation round allowed above the cap on "excellent" (NĐ 335/2025: the exception for
-- units with outstanding results), with who allowed it and why.
create table evaluation_quota_exception (
    round_id   bigint       not null references evaluation_round (id),
    unit_id    bigint       not null references unit (id),
    reason     varchar(400) not null,
    marked_by  varchar(100) not null,
    marked_on  date         not null,
    primary key (round_id, unit_id)
);
