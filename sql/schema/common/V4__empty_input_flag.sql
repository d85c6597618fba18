-- An input file that holds a header and no data row is used (0 records) but flagged in the Summary and the log as
-- empty (rules §3): a monthly export with no rows is usually a mistake. The flag is a fact about the file, read when
-- the run starts, not "0 records read": an input that is not staged (the usage file) counts no records either.
alter table recon_input add column empty_file boolean default false not null;
