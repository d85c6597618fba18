package com.msprecon.run;

import com.msprecon.sql.SqlFiles;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Run leases where the database has no advisory locks (H2): a row in {@code recon_run_lease} whose heartbeat
 * the running process renews every {@code beat}; a row not renewed for {@code staleAfter} belongs to a process
 * that is gone. The process's own clock dates the beats: H2 serves one host.
 */
public class HeartbeatLeases implements RunLeases {

	private static final Logger log = LoggerFactory.getLogger(HeartbeatLeases.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Duration beat;

	private final Duration staleAfter;

	public HeartbeatLeases(NamedParameterJdbcTemplate jdbc, Clock clock, Duration beat, Duration staleAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.beat = beat;
		this.staleAfter = staleAfter;
	}

	@Override
	public Optional<Lease> acquire(long runId) {
		// unique per lease, so that a lease taken again by the same process is a lease of its own
		String holder = RunLeases.thisProcess() + " lease " + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update(SqlFiles.load("run/delete-stale-lease.sql"), params(runId).addValue("staleBefore", staleBefore()));
		try {
			jdbc.update(SqlFiles.load("run/insert-lease.sql"), params(runId).addValue("holder", holder).addValue("now", now()));
		}
		catch (DuplicateKeyException held) {
			return Optional.empty();
		}
		return Optional.of(new Beating(runId, holder));
	}

	@Override
	public Optional<String> holder(long runId) {
		return jdbc
			.query(SqlFiles.load("run/find-live-lease.sql"), params(runId).addValue("staleBefore", staleBefore()),
					(rs, i) -> rs.getString("holder") + " (heartbeat at " + rs.getTimestamp("heartbeat_at") + ")")
			.stream()
			.findFirst();
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	private LocalDateTime staleBefore() {
		return now().minus(staleAfter);
	}

	private static MapSqlParameterSource params(long runId) {
		return new MapSqlParameterSource("runId", runId);
	}

	private final class Beating implements Lease {

		private final long runId;

		private final String holder;

		private final ScheduledExecutorService timer;

		Beating(long runId, String holder) {
			this.runId = runId;
			this.holder = holder;
			this.timer = LeaseTimer.every("recon-run-heartbeat", beat, this::renew);
		}

		private void renew() {
			try {
				jdbc.update(SqlFiles.load("run/renew-lease.sql"),
						params(runId).addValue("holder", holder).addValue("now", now()));
			}
			catch (RuntimeException ex) {
				log.warn("Run {}: cannot renew its heartbeat yet: {}", runId, ex.getMessage());
			}
		}

		@Override
		public void close() {
			timer.shutdownNow();
			jdbc.update(SqlFiles.load("run/delete-lease.sql"), params(runId).addValue("holder", holder));
		}

	}

}
