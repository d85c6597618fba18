-- docs/rules.md §4.4: every run belongs to one MSP; runs of a single-MSP installation are the MSP 'default'
alter table recon_run add column msp varchar(40) default 'default' not null;
alter table recon_run drop constraint recon_run_date_attempt;
alter table recon_run add constraint recon_run_key unique (job_name, msp, as_of_date, attempt);
