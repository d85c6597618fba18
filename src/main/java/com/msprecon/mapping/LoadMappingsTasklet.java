package com.msprecon.mapping;

import com.msprecon.input.InputFileException;
import com.msprecon.input.SourceInput;
import com.msprecon.run.FileHashes;
import com.msprecon.run.RunInput;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

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

	private final MappingTableSource source;

	public LoadMappingsTasklet(NamedParameterJdbcTemplate jdbc, RunRepository runs, RunContext run,
			MappingTableSource source) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.run = run;
		this.source = source;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		MappingTables tables = source.read();
		MappingStore store = new MappingStore(jdbc, runId);
		store.replace(tables);
		List<String> unknown = store.unknownMappedCompanies();
		if (!unknown.isEmpty()) {
			throw new InputFileException(String.join("\n", unknown));
		}
		recordInput(runId, source.accountMapInput(), tables.accountMap().size());
		recordInput(runId, source.serviceMapInput(), tables.serviceMap().size());
		log.info("Run {}: account map {} rows, service map {} rows", runId, tables.accountMap().size(),
				tables.serviceMap().size());
		return RepeatStatus.FINISHED;
	}

	private void recordInput(long runId, SourceInput in, long rows) {
		// a table is read whole and any bad row fails the run: no rows means a header and no data row
		RunInput input = new RunInput(in.name(), in.description(),
				in.file() == null ? null : FileHashes.sha256(in.file()), rows, rows, 0L,
				rows == 0);
		runs.replaceInput(runId, input);
		if (input.emptyFile()) {
			log.atWarn().addKeyValue("recon.input", in.name()).log("Run {}: {}", runId, input.emptyWarning());
		}
	}

}
