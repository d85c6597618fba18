package com.msprecon.run;

import com.msprecon.sql.SqlFiles;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The run register ({@code recon_run}) and the provenance of each run's inputs ({@code recon_input}). */
public class RunRepository {

	private final NamedParameterJdbcTemplate jdbc;

	public RunRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void register(RunContext run, LocalDateTime now) {
		jdbc.update(SqlFiles.load("run/insert-run.sql"), new MapSqlParameterSource("runId", run.runId())
			.addValue("jobName", run.jobName())
			.addValue("msp", run.msp())
			.addValue("asOfDate", run.asOfDate())
			.addValue("period", run.period())
			.addValue("attempt", run.attempt())
			.addValue("startedAt", now));
	}

	public void markStatus(long runId, String status, LocalDateTime finishedAt) {
		jdbc.update(SqlFiles.load("run/update-run-status.sql"),
				new MapSqlParameterSource("runId", runId).addValue("status", status).addValue("finishedAt", finishedAt));
	}

	public void replaceInputs(long runId, List<RunInput> inputs) {
		jdbc.update(SqlFiles.load("run/delete-inputs.sql"), new MapSqlParameterSource("runId", runId));
		inputs.forEach(input -> insertInput(runId, input));
	}

	/** Records (or records again, on a rerun) one input of the run. */
	public void replaceInput(long runId, RunInput input) {
		jdbc.update(SqlFiles.load("run/delete-input.sql"),
				new MapSqlParameterSource("runId", runId).addValue("name", input.name()));
		insertInput(runId, input);
	}

	private void insertInput(long runId, RunInput input) {
		jdbc.update(SqlFiles.load("run/insert-input.sql"), new MapSqlParameterSource("runId", runId)
			.addValue("name", input.name())
			.addValue("description", input.description())
			.addValue("sha256", input.sha256())
			.addValue("read", input.read())
			.addValue("used", input.used())
			.addValue("rejected", input.rejected())
			.addValue("emptyFile", input.emptyFile()));
	}

	/** Records read, used and rejected per input (inputs without a count get zero). */
	public void recordCounts(long runId, List<InputCount> counts) {
		jdbc.update(SqlFiles.load("run/zero-input-counts.sql"), new MapSqlParameterSource("runId", runId));
		for (InputCount count : counts) {
			jdbc.update(SqlFiles.load("run/update-input-counts.sql"), new MapSqlParameterSource("runId", runId)
				.addValue("name", count.input())
				.addValue("read", count.read())
				.addValue("used", count.used())
				.addValue("rejected", count.rejected()));
		}
	}

	/** When the run started, as the register recorded it. */
	public LocalDateTime startedAt(long runId) {
		return jdbc.queryForObject(SqlFiles.load("run/started-at.sql"), new MapSqlParameterSource("runId", runId),
				LocalDateTime.class);
	}

	public List<RunInput> inputs(long runId) {
		return jdbc.query(SqlFiles.load("run/find-inputs.sql"), new MapSqlParameterSource("runId", runId),
				(rs, i) -> new RunInput(rs.getString("input_name"), rs.getString("description"), rs.getString("sha256"),
						(Long) rs.getObject("records_read", Long.class), (Long) rs.getObject("records_used", Long.class),
						(Long) rs.getObject("records_rejected", Long.class), rs.getBoolean("empty_file")));
	}

}
