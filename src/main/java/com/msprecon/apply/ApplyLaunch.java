package com.msprecon.apply;

import com.msprecon.reconciliation.ChangeOrder;
import com.msprecon.results.ResultReader;
import com.msprecon.run.FileHashes;
import com.msprecon.run.RunKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What an {@code apply} launch checks before anything is written (docs/rules.md R10), and the apply run's
 * identity: the reconciliation run's {@link RunKey}, the SHA-256 of the approvals file and the mode. So the same
 * approvals applied again after a completed apply are refused (the ledger already shows them), a failed or killed
 * apply is resumed by the same command, and a new approvals file for the same run is a new apply run (which skips
 * what earlier ones applied). Each preview is a run of its own: it writes nothing to the PSA, so there is nothing
 * to resume, and a preview can be repeated at any time.
 */
public final class ApplyLaunch {

	private static final Logger log = LoggerFactory.getLogger(ApplyLaunch.class);

	public static final String APPROVALS = "approvals";

	public static final String MODE = "mode";

	public static final String RECON_RUN = "reconRun";

	public static final String APPROVALS_FILE = "approvalsFile";

	public static final String PREVIEW_AT = "previewAt";

	private final JobRepository jobRepository;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplyProperties properties;

	private final Clock clock;

	private final String reconciliationJob;

	private final String applyJob;

	public ApplyLaunch(JobRepository jobRepository, NamedParameterJdbcTemplate jdbc, ApplyProperties properties,
			Clock clock, String reconciliationJob, String applyJob) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.reconciliationJob = reconciliationJob;
		this.applyJob = applyJob;
	}

	public static JobParametersValidator validator() {
		return new DefaultJobParametersValidator(
				new String[] { "asOfDate", "attempt", APPROVALS, MODE, RECON_RUN, APPROVALS_FILE },
				new String[] { "msp", PREVIEW_AT });
	}

	/** The apply run's parameters, or an {@link IllegalArgumentException} saying why the launch is refused. */
	public JobParameters parametersFor(RunKey key) {
		long reconRunId = completedReconciliation(key);
		Path file = properties.approvals();
		if (file == null) {
			throw new IllegalArgumentException("the apply command needs the decisions: --recon.apply.approvals=FILE "
					+ "(approvals.csv, or the returned workbook with the Decision column filled in)");
		}
		String sha256 = sha256(file);
		List<Approval> approvals = approvals(reconRunId, file);
		JobParametersBuilder builder = new JobParametersBuilder(key.toJobParameters())
			.addString(APPROVALS, sha256)
			.addString(MODE, properties.mode().name())
			.addLong(RECON_RUN, reconRunId, false)
			.addString(APPROVALS_FILE, file.toAbsolutePath().toString(), false);
		if (properties.mode() == ApplyMode.PREVIEW) {
			builder.addString(PREVIEW_AT, java.time.Instant.now(clock).toString());
		}
		JobParameters parameters = builder.toJobParameters();
		JobInstance earlier = jobRepository.getJobInstance(applyJob, parameters);
		JobExecution last = earlier == null ? null : jobRepository.getLastJobExecution(earlier);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			throw new IllegalArgumentException("these approvals (" + file + ", sha256 " + sha256 + ") were applied "
					+ "to run " + reconRunId + " by apply run " + earlier.getInstanceId() + ", which COMPLETED at "
					+ last.getEndTime() + ": nothing is left to write (see applied-changes-" + key.period()
					+ ".csv). For more decisions on the same run, give a file with them (a new file is a new apply run; "
					+ "orders applied before are skipped)");
		}
		long approved = approvals.stream().filter(a -> a.decision() == Decision.APPROVE).count();
		log.info("Approvals {} (sha256 {}) for run {}: {} approved, {} rejected; mode {}", file, sha256, reconRunId,
					approved, approvals.size() - approved, properties.mode());
		return parameters;
	}

	/** The decisions of the file on the run's orders, checked (R10), with the automatic approvals if configured. */
	public List<Approval> approvals(long reconRunId, Path file) {
		List<ChangeOrder> orders = new ArrayList<>();
		new ResultReader(jdbc, reconRunId).changeOrders(orders::add);
		return new ApprovalRules(reconRunId, orders, properties.autoApproveIncreases()).check(ApprovalFiles.read(file));
	}

	static String sha256(Path file) {
		try {
			return FileHashes.sha256(file);
		}
		catch (RuntimeException ex) {
			throw new ApprovalFileException(file + ": cannot be read: " + ex.getMessage());
		}
	}

	private long completedReconciliation(RunKey key) {
		JobInstance instance = jobRepository.getJobInstance(reconciliationJob, key.toJobParameters());
		JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
		if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalArgumentException("there is no COMPLETED reconciliation run for " + key
					+ (last == null ? "" : " (run " + instance.getInstanceId() + " is " + last.getStatus() + ")")
					+ ": the apply command applies the change orders of a completed run; name it by its asOfDate and "
					+ "attempt");
		}
		return instance.getInstanceId();
	}

}
