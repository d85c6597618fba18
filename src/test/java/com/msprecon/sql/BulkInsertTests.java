package com.msprecon.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows in through {@link BulkInsert} on H2 (the statement); {@link BulkInsertPostgresTests} on PostgreSQL (COPY). */
class BulkInsertTests {

	private static final String IGNORING = """
			insert into bulk_item (id, name, amount, day_on, flag, note)
			values (:id, :name, :amount, :day, :flag, :note)
			on conflict do nothing
			""";

	NamedParameterJdbcTemplate jdbc;

	TransactionTemplate tx;

	@BeforeEach
	void table() {
		DataSource dataSource = dataSource();
		jdbc = new NamedParameterJdbcTemplate(dataSource);
		tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		jdbc.getJdbcOperations()
			.execute("create table bulk_item (id bigint primary key, name varchar(50), amount numeric, day_on date, "
					+ "flag boolean, note varchar(100000))");
	}

	@AfterEach
	void drop() {
		jdbc.getJdbcOperations().execute("drop table bulk_item");
		close();
	}

	void close() {
	}

	DataSource dataSource() {
		return new DriverManagerDataSource("jdbc:h2:mem:bulk_" + UUID.randomUUID().toString().replace("-", "")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** The way rows go in when nothing stands in their way. */
	BulkInsert.Way expectedWay() {
		return BulkInsert.Way.STATEMENT;
	}

	@Test
	void everyValueArrivesAsItWasGiven() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);
		var way = tx.execute(s -> insert.insert(jdbc, List.of(
				row(1, "Smith, \"Jr\"\nand sons", new BigDecimal("1.50"), LocalDate.of(2026, 2, 28), true, ""),
				row(2, null, new BigDecimal("-0.0001"), null, false, null),
				row(3, "Ünïcödé € 日本", new BigDecimal("12345678901234567890.1234"), LocalDate.of(1999, 12, 31),
						null, "a\\b\tc"))));

		assertThat(way).isEqualTo(expectedWay());
		List<Map<String, Object>> rows = jdbc.getJdbcOperations().queryForList("select * from bulk_item order by id");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("name", "Smith, \"Jr\"\nand sons")
			.containsEntry("flag", true)
			.containsEntry("note", "");
		assertThat(rows.get(0).get("day_on").toString()).isEqualTo("2026-02-28");
		// H2 keeps a number's value and PostgreSQL its scale too (BulkInsertPostgresTests)
		assertThat(rows.stream().map(r -> (BigDecimal) r.get("amount")))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1.50"), new BigDecimal("-0.0001"),
					new BigDecimal("12345678901234567890.1234"));
		assertThat(rows.get(1)).containsEntry("name", null)
			.containsEntry("day_on", null)
			.containsEntry("flag", false)
			.containsEntry("note", null);
		assertThat(rows.get(2)).containsEntry("name", "Ünïcödé € 日本")
			.containsEntry("flag", null)
			.containsEntry("note", "a\\b\tc");
	}

	@Test
	void aKeyAlreadyThereIsIgnoredAsTheStatementSaysAndTheTransactionsOtherWritesStay() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);
		tx.executeWithoutResult(s -> insert.insert(jdbc, List.of(row(2, "first", BigDecimal.ONE, null, null, null))));

		var way = tx.execute(s -> {
			jdbc.getJdbcOperations().update("insert into bulk_item (id, name) values (9, 'same transaction')");
			return insert.insert(jdbc, List.of(row(1, "new", BigDecimal.ONE, null, null, null),
					row(2, "again", BigDecimal.TEN, null, null, null), row(3, "new", BigDecimal.ONE, null, null, null)));
		});

		assertThat(way).isEqualTo(BulkInsert.Way.STATEMENT);
		assertThat(jdbc.getJdbcOperations().queryForList("select id || ' ' || name from bulk_item order by id",
				String.class))
			.containsExactly("1 new", "2 first", "3 new", "9 same transaction");
	}

	@Test
	void withoutOnConflictAKeyAlreadyThereFailsAsTheStatementWould() {
		BulkInsert insert = BulkInsert.of("test/strict.sql", IGNORING.replace("on conflict do nothing", ""));
		tx.executeWithoutResult(s -> insert.insert(jdbc, List.of(row(1, "first", BigDecimal.ONE, null, null, null))));

		assertThatThrownBy(() -> tx.executeWithoutResult(
				s -> insert.insert(jdbc, List.of(row(1, "again", BigDecimal.ONE, null, null, null)))))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(jdbc.getJdbcOperations().queryForList("select name from bulk_item", String.class))
			.containsExactly("first");
	}

	@Test
	void aCharacterOfTwoCharsAtAnyPlaceArrivesWhole() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);
		// the row's text starts with 1,,,,," (7 chars): a grinning face on chars 65,535 and 65,536 of the whole
		String note = "x".repeat(65_535 - 7) + "\uD83D\uDE00" + "y".repeat(100);

		tx.executeWithoutResult(s -> insert.insert(jdbc, List.of(row(1, null, null, null, null, note))));

		assertThat(jdbc.getJdbcOperations().queryForObject("select note from bulk_item", String.class)).isEqualTo(note);
	}

	@Test
	void aYearPostgresqlDoesNotReadAsIsoGoesInAsTheStatement() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);
		LocalDate far = LocalDate.of(10_000, 1, 1);

		var way = tx.execute(s -> insert.insert(jdbc, List.of(row(1, null, null, far, null, null))));

		assertThat(way).isEqualTo(BulkInsert.Way.STATEMENT);
		assertThat(jdbc.getJdbcOperations().queryForObject("select day_on from bulk_item", LocalDate.class))
			.isEqualTo(far);
	}

	@Test
	void aValueTheColumnCannotHoldFailsTheWrite() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);

		assertThatThrownBy(() -> tx.executeWithoutResult(
				s -> insert.insert(jdbc, List.of(row(1, "n".repeat(51), null, null, null, null)))))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.getJdbcOperations().queryForObject("select count(*) from bulk_item", Integer.class)).isZero();
	}

	@Test
	void outsideATransactionTheRowsGoInTheSameWay() {
		BulkInsert insert = BulkInsert.of("test/ignoring.sql", IGNORING);

		assertThat(insert.insert(jdbc, List.of(row(1, "a", BigDecimal.ONE, null, null, null),
				row(2, "b", BigDecimal.ONE, null, null, null))))
			.isEqualTo(expectedWay());
		assertThat(insert.insert(jdbc, List.of())).isEqualTo(BulkInsert.Way.NONE);
		assertThat(jdbc.getJdbcOperations().queryForObject("select count(*) from bulk_item", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void onlyAnInsertOfOneRowOfNamedParametersIsTaken() {
		assertThatThrownBy(() -> BulkInsert.of("a.sql", "insert into t (a, b) select :a, :b"))
			.hasMessage("a.sql is not an insert of one row of named parameters");
		assertThatThrownBy(() -> BulkInsert.of("b.sql", "insert into t (a, b) values (:a, coalesce(:b, 0))"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BulkInsert.of("c.sql", "insert into t (a, b) values (:a)"))
			.hasMessage("c.sql: every column needs one named parameter as its value");
		assertThat(BulkInsert.of("d.sql", "-- why\ninsert into t (a) values (:a);\n")).isNotNull();
	}

	@Test
	void everyStatementOfTheJobIsOne() throws Exception {
		for (String file : List.of("staging/insert-vendor-account.sql", "staging/insert-psa-company.sql",
				"staging/insert-psa-agreement.sql", "staging/insert-psa-addition.sql", "staging/insert-reject.sql",
				"usage/insert-usage.sql", "usage/insert-account-usage.sql", "results/insert-resolution.sql",
				"results/insert-contribution.sql", "results/insert-line.sql", "results/insert-sync-up.sql",
				"results/insert-change-order.sql", "history/insert-line.sql", "history/insert-account.sql")) {
			assertThat(BulkInsert.of(file)).as(file).isNotNull();
		}
	}

	private static MapSqlParameterSource row(long id, String name, BigDecimal amount, LocalDate day, Boolean flag,
			String note) {
		return new MapSqlParameterSource("id", id).addValue("name", name)
			.addValue("amount", amount)
			.addValue("day", day)
			.addValue("flag", flag)
			.addValue("note", note);
	}

}
