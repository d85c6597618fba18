package com.msprecon.launch;

import java.util.List;
import java.util.Set;

/**
 * The text {@code --help}, {@code -h} and {@code help} print, before anything is started: no database is
 * opened and no run is registered. {@code UsageTests} keeps it in step with the jobs, the settings and the exit
 * codes.
 */
public final class Usage {

	/** The words that ask for it. */
	public static final Set<String> WORDS = Set.of("--help", "-h", "help");

	private Usage() {
	}

	public static boolean isAsked(String[] args) {
		return List.of(args).stream().anyMatch(WORDS::contains);
	}

	public static String text() {
		return """
				licence-recon: the monthly licence reconciliation of Mimecast against the PSA

				Usage: java -jar licence-recon.jar [command] [msp=ID | all-msps] [asOfDate=YYYY-MM-DD] [attempt=N]
				                                   [job=COMMAND] [--setting=value ...]

				Commands:
				  run         (the default) reconcile the month: the workbook and CSV files. The same parameters
				              resume a run that failed, stopped or was left by a killed process
				  match-only  resolve accounts only (onboarding): matches, proposed account map, review list
				  runs        list the recent runs of every job, with each step's status
				  recover     mark a run left STARTED, STOPPING or UNKNOWN that no live process works on as FAILED,
				              so that the run command resumes it (refused while a live process works on it)
				  abandon     give up an unfinished run; its date then runs only as a new attempt
				  export      write a completed run's outputs again, without recomputing
				  help        print this text and run nothing (also --help and -h)

				Parameters:
				  asOfDate=YYYY-MM-DD  the date everything is evaluated at (default: today in recon.time-zone); its
				                       month names the outputs. Operator commands need it
				  attempt=N            1 by default; a completed date runs again only as a new attempt (attempt=2)
				  msp=ID               whose data the run reconciles (default: default)
				  all-msps             run the job for every MSP of recon.msps.dir, one after another; a rerun
				                       resumes only the MSPs that did not complete (--recon.shard=K/N: part K of N)
				  job=COMMAND          for recover, abandon and export: whose run, when runs of several jobs share
				                       the parameters (job=run or job=match-only)

				Main settings (--recon.input-dir=... or the environment variable RECON_INPUT_DIR=...):
				  recon.input-dir         directory of the input CSV files and mapping tables (jobs/demo)
				  recon.output-dir        outputs go to <output-dir>/<period>/ (out)
				  recon.msps.dir          one directory per MSP (inputs, mapping tables, msp.properties), for msp=ID
				                          and all-msps
				  recon.time-zone         the zone of "today", the default asOfDate (UTC)
				  recon.seats             ACTUAL_WHEN_KNOWN or CONTRACTED: which vendor count is billed
				  recon.chunk-size        records per chunk and transaction (1000)
				  recon.currency          the currency of the PSA's prices, ISO 4217 (USD)
				  recon.vendor.source     file or mimecast-api;  recon.psa.source: file or connectwise-api
				  recon.shutdown-timeout  how long SIGTERM waits for the run to stop at a chunk boundary (90s)
				  spring.datasource.url   the database (an H2 file ./data/recon by default; PostgreSQL in production)
				  An unknown recon.* setting is refused with the closest valid name. All settings: README.md

				Exit codes:
				  0    the run or command completed
				  1    refused: bad parameters or settings, a missing input, a completed or running run, an input
				       changed since its run staged it; retrying the same command cannot help
				  3    the JVM ran out of memory (-XX:+ExitOnOutOfMemoryError); the same command resumes the run
				  4    the run stopped; the same command resumes it
				  5    the run failed, or could not start (e.g. the database is unreachable); fix the cause, then
				       the same command resumes it at the failed step
				  143  SIGTERM: the run stopped at a chunk boundary; the same command resumes it
				""";
	}

}
