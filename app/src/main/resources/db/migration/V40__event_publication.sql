-- Spring Modulith's event publication registry (schema v2, portable to H2 and PostgreSQL): each
-- event handed to an @ApplicationModuleListener is recorded in the publisher's transaction and
-- marked complete when the listener has run, so a reaction after the commit (a re-scan when a
-- policy is published) is not lost if the node stops first; incomplete ones are retried on restart.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
