-- A staff reply the pack sends for an approval (posts.approval.when) waits here, one per item,
-- until an approver who did not write it approves (it goes out) or returns it; its history is in
-- inbox_history.
create table inbox_pending_replies (
    item_id       bigint primary key references inbox_items (id),
    text          varchar(3000) not null,
    author_id     bigint,
    author_name   varchar(200) not null,
    reasons       varchar(1000) not null,
    submitted_at  timestamp with time zone not null
);
