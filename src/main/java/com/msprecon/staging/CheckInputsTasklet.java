package com.msprecon.staging;

import com.msprecon.run.RunRepository;
import com.msprecon.sql.SqlFiles;
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
 * additions of unknown agreements become rejects. Then counts read = used + rejected per input.
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
