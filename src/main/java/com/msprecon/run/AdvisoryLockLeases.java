package com.msprecon.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Run leases on PostgreSQL: a session advisory lock on the run id, held by a connection of the running process
 * for as long as the run runs. The server releases it the moment that process dies (SIGKILL, OOM, a lost node),
 * so a retry can tell at once that nobody works on the run. The lock's first key is derived from the schema, as
 * advisory locks are per database and run ids are per schema. If the connection is cut (a failover) while the
 * process lives, a watchdog takes the lock again on a new connection.
 */
public class AdvisoryLockLeases implements RunLeases {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryLockLeases.class);

	private static final String KEY = "(hashtext(current_schema()) & 2147483647), cast(? as integer)";

	private final DataSource dataSource;

	private final Duration watchdog;

	public AdvisoryLockLeases(DataSource dataSource, Duration watchdog) {
		this.dataSource = dataSource;
		this.watchdog = watchdog;
	}

	@Override
	public Optional<Lease> acquire(long runId) {
		Connection connection = lock(runId);
		if (connection == null) {
			return Optional.empty();
		}
		return Optional.of(new Held(runId, connection));
	}

	@Override
	public Optional<String> holder(long runId) {
		try (Connection connection = dataSource.getConnection()) {
			if (tryLock(connection, runId)) {
				unlock(connection, runId);
				return Optional.empty();
			}
			try (PreparedStatement who = connection.prepareStatement("select a.pid, a.application_name, "
					+ "a.client_addr, a.backend_start from pg_locks l join pg_stat_activity a on a.pid = l.pid "
					+ "where l.locktype = 'advisory' and l.granted and l.classid = (hashtext(current_schema()) "
					+ "& 2147483647)::oid and l.objid = cast(? as integer)::oid")) {
				who.setLong(1, runId);
				try (ResultSet rs = who.executeQuery()) {
					return Optional.of(rs.next() ? rs.getString(2) + " (PostgreSQL backend pid " + rs.getInt(1)
							+ " from " + rs.getString(3) + ", connected " + rs.getTimestamp(4) + ")"
							: "a process whose PostgreSQL session holds the run's lock");
				}
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("cannot tell whether a process works on run " + runId, ex);
		}
	}

	/** A connection holding the run's lock, or null if another session holds it. */
	private Connection lock(long runId) {
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			// names the holder for the operator (pg_stat_activity, the holder() of other processes)
			try (PreparedStatement name = connection.prepareStatement("select set_config('application_name', ?, false)")) {
				name.setString(1, truncate("licence-recon run " + runId + " " + RunLeases.thisProcess()));
				name.executeQuery().close();
			}
			if (tryLock(connection, runId)) {
				return connection;
			}
			release(connection, runId, false);
			return null;
		}
		catch (SQLException ex) {
			if (connection != null) {
				release(connection, runId, false);
			}
			throw new DataAccessResourceFailureException("cannot take the lease of run " + runId, ex);
		}
	}

	private static boolean tryLock(Connection connection, long runId) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(" + KEY + ")")) {
			lock.setLong(1, runId);
			try (ResultSet rs = lock.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private static void unlock(Connection connection, long runId) throws SQLException {
		try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(" + KEY + ")")) {
			unlock.setLong(1, runId);
			unlock.executeQuery().close();
		}
	}

	/** Gives the connection back to the pool as it came: unlocked, with its own name. */
	private static void release(Connection connection, long runId, boolean locked) {
		try (connection) {
			if (locked) {
				unlock(connection, runId);
			}
			try (PreparedStatement reset = connection.prepareStatement("reset application_name")) {
				reset.execute();
			}
		}
		catch (SQLException gone) {
			// a connection the server closed holds no lock; the pool drops it
		}
	}

	private static String truncate(String name) {
		// PostgreSQL keeps 63 bytes of an application name
		return name.length() <= 63 ? name : name.substring(0, 63);
	}

	private final class Held implements Lease {

		private final long runId;

		private final ScheduledExecutorService timer;

		private volatile Connection connection;

		Held(long runId, Connection connection) {
			this.runId = runId;
			this.connection = connection;
			this.timer = LeaseTimer.every("recon-run-lease", watchdog, this::check);
		}

		/** Takes the lock again when its connection was cut while this process lives on. */
		private synchronized void check() {
			try {
				if (connection != null && connection.isValid(5)) {
					return;
				}
				if (connection != null) {
					release(connection, runId, false);
					connection = null;
				}
				connection = lock(runId);
				if (connection == null) {
					log.error("Run {} lost its lease (its database connection was cut) and another process holds "
							+ "it now", runId);
				}
				else {
					log.warn("Run {}: the database connection holding its lease was cut; the lease is held again",
							runId);
				}
			}
			catch (RuntimeException | SQLException ex) {
				log.warn("Run {}: cannot take its lease again yet: {}", runId, ex.getMessage());
			}
		}

		@Override
		public synchronized void close() {
			timer.shutdownNow();
			if (connection != null) {
				release(connection, runId, true);
				connection = null;
			}
		}

	}

}
