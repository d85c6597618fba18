package com.msprecon.mapping;

import com.msprecon.run.RunRepository;
import com.msprecon.sql.SqlFiles;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Reads and validates both mapping tables, then stores them with the run in one transaction. The rest of the
 * run reads them from the database, so a restart uses exactly the tables the run started with.
 */
public class LoadMappingsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(LoadMappingsTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final long runId;

	private final Path dir;

	public LoadMappingsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, long runId, Path dir) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.runId = runId;
		this.dir = dir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		MappingTables tables = MappingTableFiles.read(dir);
		var run = new MapSqlParameterSource("runId", runId);
		jdbc.update(SqlFiles.load("reconciliation/delete-mappings-account.sql"), run);
		jdbc.update(SqlFiles.load("reconciliation/delete-mappings-service.sql"), run);
		jdbc.batchUpdate(SqlFiles.load("reconciliation/insert-map-account.sql"), tables.accountMap()
			.stream()
			.map(e -> new MapSqlParameterSource("runId", runId).addValue("vendorAccountCode", e.vendorAccountCode())
				.addValue("psaCompanyId", e.psaCompanyId())
				.addValue("excluded", e.excluded())
				.addValue("note", e.note())
				.addValue("line", e.line()))
			.toArray(SqlParameterSource[]::new));
		jdbc.batchUpdate(SqlFiles.load("reconciliation/insert-map-service.sql"), tables.serviceMap()
			.stream()
			.map(e -> new MapSqlParameterSource("runId", runId).addValue("vendorPackage", e.vendorPackage())
				.addValue("psaProductIdentifier", e.psaProductIdentifier())
				.addValue("ignored", e.ignored())
				.addValue("unitPrice", e.unitPrice())
				.addValue("note", e.note())
				.addValue("line", e.line()))
			.toArray(SqlParameterSource[]::new));
		runs.countMappingInput(runId, MappingTableFiles.ACCOUNT_MAP, tables.accountMap().size());
		runs.countMappingInput(runId, MappingTableFiles.SERVICE_MAP, tables.serviceMap().size());
		log.info("Run {}: account map {} rows, service map {} rows", runId, tables.accountMap().size(),
				tables.serviceMap().size());
		return RepeatStatus.FINISHED;
	}

}
