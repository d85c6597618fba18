package com.msprecon.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

class ConnectionLossTests {

	@Test
	void aConnectionExceptionStateAnywhereInTheCausesIsALostConnection() {
		var terminated = new SQLException("terminating connection due to administrator command", "57P01");
		var wrapped = new DataAccessResourceFailureException("could not update", terminated);

		assertThat(ConnectionLoss.isCauseOf(new IllegalStateException("step failed", wrapped))).isTrue();
		assertThat(ConnectionLoss.isCauseOf(new SQLException("An I/O error occurred", "08006"))).isTrue();
		assertThat(ConnectionLoss.isCauseOf(new SQLTransientConnectionException("pool timed out"))).isTrue();
		assertThat(ConnectionLoss.isCauseOf(new SQLRecoverableException("closed"))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAndInputErrorsAreNot() {
		var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

		assertThat(ConnectionLoss.isCauseOf(new DataIntegrityViolationException("insert", duplicate))).isFalse();
		assertThat(ConnectionLoss.isCauseOf(new SQLException("no state"))).isFalse();
		assertThat(ConnectionLoss.isCauseOf(new IllegalArgumentException("bad row"))).isFalse();
		assertThat(ConnectionLoss.isAmong(List.of(new IllegalArgumentException("a"), duplicate))).isFalse();
		assertThat(ConnectionLoss.isAmong(List.of(new IllegalArgumentException("a"),
				new SQLException("gone", "08003")))).isTrue();
	}

}
