package com.msprecon.usage;

import com.msprecon.run.RunContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Links the staged usage to the staged vendor accounts ({@link UsageLinker}) and stores each account's actual
 * users with their provenance, in one transaction: a rerun of the step replaces what an earlier one wrote.
 */
public class LinkUsageTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(LinkUsageTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RunContext run;

	private final UsageSource source;

	public LinkUsageTasklet(NamedParameterJdbcTemplate jdbc, RunContext run, UsageSource source) {
		this.jdbc = jdbc;
		this.run = run;
		this.source = source;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = run.runId();
		UsageTables tables = new UsageTables(jdbc, runId);
		List<AccountUsage> usage = new UsageLinker(source.origin(), source.tenantMap()).link(tables.stagedAccounts(),
				tables.stagedCounts());
		tables.replaceAccountUsage(usage);
		Map<UsageStatus, Integer> counts = new EnumMap<>(UsageStatus.class);
		for (AccountUsage u : usage) {
			counts.merge(u.status(), 1, Integer::sum);
			if (u.status() == UsageStatus.REVIEW || u.status() == UsageStatus.NOT_LINKED) {
				log.warn("Run {} usage {}: {}", runId, u.status(), u.note());
			}
		}
		log.info("Run {}: usage from {} linked: {}", runId,
				source.origin() == null ? "no usage source" : source.origin(), counts);
		return RepeatStatus.FINISHED;
	}

}
