-- Which process works on a run, on databases without advisory locks (H2): the running process keeps its row's
-- heartbeat fresh; a row whose heartbeat is old belongs to a process that is gone. PostgreSQL uses an advisory
-- lock held by the running process's own connection instead (released by the server when the process dies).
create table recon_run_lease (
    run_id       bigint       not null primary key,
    holder       varchar(300) not null,
    heartbeat_at timestamp    not null
);
