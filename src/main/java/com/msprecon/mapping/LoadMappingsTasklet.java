package com.msprecon.mapping;

import com.msprecon.input.InputFileException;
import com.msprecon.run.FileHashes;
import com.msprecon.run.RunInput;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunRepository;
import com.msprecon.sql.SqlFiles;
import java.nio.file.Path;
import java.util.List;
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
 * Reads and validates both mapping tables (every mapped company must be among the staged PSA companies), then
 * stores them with the run and their SHA-256, in one transaction. A bad table fails this step and nothing is
 * kept, so the rerun reads the corrected files; once loaded, the rest of the run reads them from the database.
 */
public class LoadMappingsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(LoadMappingsTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunRepository runs;

	private final RunContext run;

	private final Path dir;

	public LoadMappingsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, RunContext run, Path dir) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.run = run;
		this.dir = dir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
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
		failOnUnknownCompanies(run);
		recordInput(runId, MappingTableFiles.ACCOUNT_MAP, tables.accountMap().size());
		recordInput(runId, MappingTableFiles.SERVICE_MAP, tables.serviceMap().size());
		log.info("Run {}: account map {} rows, service map {} rows", runId, tables.accountMap().size(),
				tables.serviceMap().size());
		return RepeatStatus.FINISHED;
	}

	/** R2: an account map row naming a company the PSA does not have is an input error; nothing is kept. */
	private void failOnUnknownCompanies(MapSqlParameterSource run) {
		List<String> unknown = jdbc.query(SqlFiles.load("reconciliation/unknown-mapped-companies.sql"), run,
				(rs, i) -> MappingTableFiles.ACCOUNT_MAP + " line " + rs.getLong("line_no")
						+ ", column psa_company_id: company '" + rs.getString("psa_company_id") + "' (for account "
						+ rs.getString("vendor_account_code") + ") is not in the PSA companies");
		if (!unknown.isEmpty()) {
			throw new InputFileException(String.join("\n", unknown));
		}
	}

	private void recordInput(long runId, String name, long rows) {
		Path file = dir.resolve(name);
		// a table is read whole and any bad row fails the run: no rows means a header and no data row
		RunInput input = new RunInput(name, file.toAbsolutePath().toString(), FileHashes.sha256(file), rows, rows, 0L,
				rows == 0);
		runs.replaceInput(runId, input);
		if (input.emptyFile()) {
			log.atWarn().addKeyValue("recon.input", name).log("Run {}: {}", runId, input.emptyWarning());
		}
	}

}
