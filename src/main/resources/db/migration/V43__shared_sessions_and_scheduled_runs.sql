-- Several application instances behind a load balancer (issue 25): what one instance kept in its memory is in the
-- database, so any instance serves any request.

-- The officers' sessions (Spring Session JDBC's own tables, as its schema for PostgreSQL and H2 writes them).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Periodic work (the morning's reminders) claimed for its slot by one instance: the others find it taken.
create table scheduled_run (
    job        varchar(40)  not null primary key,
    slot       varchar(40)  not null,
    claimed_at timestamp    not null,
    claimed_by varchar(200) not null
);

-- The login throttle (security.LoginThrottle): wrong passwords per user name and per client address within the
-- window, and the addresses each name has logged in from, counted across instances (times in UTC).
create table login_failure (
    kind     varchar(8)   not null,
    subject  varchar(200) not null,
    failures int          not null,
    first_at timestamp    not null,
    constraint login_failure_pk primary key (kind, subject)
);
create table login_address (
    username varchar(200) not null,
    address  varchar(64)  not null,
    last_at  timestamp    not null,
    constraint login_address_pk primary key (username, address)
);

-- The version of what instances keep in memory and must load again when another instance changes it (the standard
-- sets: shared.KeptVersion), bumped in the changing transaction.
create table kept_version (
    name    varchar(40) not null primary key,
    version bigint      not null
);
insert into kept_version (name, version) values ('standards', 0);
insert into kept_version (name, version) values ('titles', 0);
