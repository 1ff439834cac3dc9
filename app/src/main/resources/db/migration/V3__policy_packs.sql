-- Policy packs registered in this installation (DOC-1, DOC-2). The pack content (clauses,
-- rules) comes from the engine's pack files; this table records which packs and versions the
-- institution has adopted and which version is enforced.
create table policy_packs (
    pack_id       varchar(80)  not null,
    version       varchar(40)  not null,
    title         varchar(300) not null,
    status        varchar(20)  not null check (status in ('current', 'superseded', 'draft')),
    registered_at timestamp with time zone not null default current_timestamp,
    primary key (pack_id, version)
);
