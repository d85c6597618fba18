package com.msprecon.job;

import com.msprecon.ReconProperties;
import com.msprecon.changeorder.OutputExporter;
import com.msprecon.run.RunRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Shared beans of the job: the clock of the configured time zone, the run register, the exporter. */
@Configuration
public class JobInfrastructure {

	@Bean
	public Clock clock(ReconProperties properties) {
		return Clock.system(properties.timeZone());
	}

	@Bean
	public RunRepository runRepository(NamedParameterJdbcTemplate jdbc) {
		return new RunRepository(jdbc);
	}

	@Bean
	public OutputExporter outputExporter(NamedParameterJdbcTemplate jdbc, RunRepository runs,
			ReconProperties properties) {
		return new OutputExporter(jdbc, runs, properties.outputDir(), properties.currency());
	}

}
