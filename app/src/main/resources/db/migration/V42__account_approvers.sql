-- Account requests need the approvers the pack in force names (accounts.approvers, issue #10),
-- not a fixed two. Each request keeps the roles it needs from the pack in force when it was made
-- (null for older requests: the two of ACC-2). An approval is recorded under the role it was given
-- in; the old table's check on two capacities goes (a CHECK without a name cannot be dropped the
-- same way on H2 and PostgreSQL, so the table is rebuilt).
alter table accounts add column approvers varchar(400);

create table account_approvals_by_role (
    account_id   bigint      not null references accounts (id),
    capacity     varchar(40) not null,
    approver_id  bigint      not null references people (id),
    decided_at   timestamp with time zone not null,
    note         varchar(2000),
    primary key (account_id, capacity)
);
insert into account_approvals_by_role (account_id, capacity, approver_id, decided_at, note)
    select account_id, capacity, approver_id, decided_at, note from account_approvals;
drop table account_approvals;
alter table account_approvals_by_role rename to account_approvals;
