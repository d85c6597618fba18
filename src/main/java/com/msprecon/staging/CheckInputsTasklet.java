package com.msprecon.staging;

import com.msprecon.input.InputFileException;
import com.msprecon.mapping.MappingTableFiles;
import com.msprecon.run.RunRepository;
import com.msprecon.sql.SqlFiles;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Checks what only the whole staged data can tell, in one transaction: agreements of unknown companies and
 * additions of unknown agreements become rejects; an account map row naming an unknown company fails the run
 * before any result is written (R2). Then counts read = used + rejected per input.
 */
public class CheckInputsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(CheckInputsTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final long runId;

	public CheckInputsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, long runId) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var run = new MapSqlParameterSource("runId", runId);
		List<String> unknown = jdbc.query(SqlFiles.load("staging/unknown-mapped-companies.sql"), run,
				(rs, i) -> MappingTableFiles.ACCOUNT_MAP + " line " + rs.getLong("line_no")
						+ ", column psa_company_id: company '" + rs.getString("psa_company_id") + "' (for account "
						+ rs.getString("vendor_account_code") + ") is not in the PSA companies");
		if (!unknown.isEmpty()) {
			throw new InputFileException(String.join("\n", unknown));
		}
		int agreements = jdbc.update(SqlFiles.load("staging/reject-orphan-agreements.sql"), run);
		jdbc.update(SqlFiles.load("staging/delete-orphan-agreements.sql"), run);
		int additions = jdbc.update(SqlFiles.load("staging/reject-orphan-additions.sql"), run);
		jdbc.update(SqlFiles.load("staging/delete-orphan-additions.sql"), run);
		runs.countStagedInputs(runId);
		if (agreements + additions > 0) {
			log.warn("Run {}: rejected {} agreements of unknown companies and {} additions of unknown agreements",
					runId, agreements, additions);
		}
		return RepeatStatus.FINISHED;
	}

}
