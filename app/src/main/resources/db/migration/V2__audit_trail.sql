-- The audit trail (ACC-6, SAF-6, PER-9): one row per state change of a governed object,
-- hash-chained. hash = SHA-256 over prev_hash, seq, occurred_at, actor_id, action,
-- object_type, object_id and content_digest (see AuditChain); the free-text reason is covered
-- only through content_digest = SHA-256(reason_salt, reason), so erasing the reason and its salt
-- keeps the chain valid and leaves nothing to guess the erased text from.
-- actor_id has no foreign key on purpose: the trail outlives the people it names.
create table audit_entries (
    seq            bigint       not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       bigint,
    action         varchar(80)  not null,
    object_type    varchar(40)  not null,
    object_id      varchar(80)  not null,
    reason         text,
    reason_salt    char(32),
    content_digest char(64)     not null,
    prev_hash      char(64)     not null,
    hash           char(64)     not null,
    erased         boolean      not null default false
);
create index audit_entries_object on audit_entries (object_type, object_id);

-- The head of the chain: one row, locked (select ... for update) by every append, so appends
-- from several app nodes are serialised by the database.
create table audit_head (
    id        smallint    not null primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash char(64)    not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
