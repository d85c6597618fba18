package com.msprecon.staging;

import com.msprecon.run.RunContext;
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

	private final RunContext run;

	public CheckInputsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, RunContext run) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		var run = new MapSqlParameterSource("runId", runId);
		int agreements = jdbc.update(SqlFiles.load("staging/reject-orphan-agreements.sql"), run);
		jdbc.update(SqlFiles.load("staging/delete-orphan-agreements.sql"), run);
		int additions = jdbc.update(SqlFiles.load("staging/reject-orphan-additions.sql"), run);
		jdbc.update(SqlFiles.load("staging/delete-orphan-additions.sql"), run);
		runs.recordCounts(runId, new StagedData(jdbc, runId).countsPerInput());
		if (agreements + additions > 0) {
			log.warn("Run {}: rejected {} agreements of unknown companies and {} additions of unknown agreements",
					runId, agreements, additions);
		}
		runs.inputs(runId).forEach(input -> log.atInfo()
			.addKeyValue("recon.input", input.name())
			.addKeyValue("recon.read", input.read())
			.addKeyValue("recon.used", input.used())
			.addKeyValue("recon.rejected", input.rejected())
			.log("Run {}: input {} read={} used={} rejected={}", runId, input.name(), input.read(), input.used(),
					input.rejected()));
		return RepeatStatus.FINISHED;
	}

}
