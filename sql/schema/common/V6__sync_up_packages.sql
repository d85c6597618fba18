-- docs/rules.md R8 (version 2): each Sync-Up line names the account's Mimecast packages, so that whoever enters it
-- in the partner portal sees what the seats are for. Lines of earlier runs keep an empty list.
alter table vendor_sync_up add column packages varchar(4000) default '' not null;
