package com.msprecon.mapping;

import com.msprecon.sql.RecordParameters;
import com.msprecon.sql.SqlFiles;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The owner of a run's mapping tables ({@code map_account}, {@code map_service}): the only class that writes or
 * reads them. A run keeps the tables it loaded, so its later steps and its reruns use the same mapping.
 */
public class MappingStore {

	private final NamedParameterJdbcTemplate jdbc;

	private final long runId;

	public MappingStore(NamedParameterJdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	/** Stores the tables in place of any the run held (a rerun of the loading step replaces them). */
	public void replace(MappingTables tables) {
		jdbc.update(SqlFiles.load("mapping/delete-mappings-account.sql"), run());
		jdbc.update(SqlFiles.load("mapping/delete-mappings-service.sql"), run());
		jdbc.batchUpdate(SqlFiles.load("mapping/insert-map-account.sql"), parameters(tables.accountMap()));
		jdbc.batchUpdate(SqlFiles.load("mapping/insert-map-service.sql"), parameters(tables.serviceMap()));
	}

	public List<AccountMapEntry> accountMap() {
		// mapped by hand: DataClassRowMapper asks for each column by its run-together name first
		// ("vendoraccountcode"), and H2 writes every such miss with its stack trace to the database's trace file,
		// two per row and read (issue 16: 100 MB of traces at 20,000 companies)
		return jdbc.query(SqlFiles.load("mapping/select-map-account.sql"), run(),
				(rs, i) -> new AccountMapEntry(rs.getString("vendor_account_code"), rs.getString("psa_company_id"),
						rs.getBoolean("excluded"), rs.getString("note"), rs.getLong("line")));
	}

	public List<ServiceMapEntry> serviceMap() {
		return jdbc.query(SqlFiles.load("mapping/select-map-service.sql"), run(),
				(rs, i) -> new ServiceMapEntry(rs.getString("vendor_package"), rs.getString("psa_product_identifier"),
						rs.getBoolean("ignored"), rs.getBigDecimal("unit_price"), rs.getString("note"),
						rs.getLong("line")));
	}

	/** R2: the account map rows naming a company the run's PSA data does not have, as input errors. */
	public List<String> unknownMappedCompanies() {
		return jdbc.query(SqlFiles.load("mapping/unknown-mapped-companies.sql"), run(),
				(rs, i) -> MappingTableFiles.ACCOUNT_MAP + " line " + rs.getLong("line_no")
						+ ", column psa_company_id: company '" + rs.getString("psa_company_id") + "' (for account "
						+ rs.getString("vendor_account_code") + ") is not in the PSA companies");
	}

	private SqlParameterSource[] parameters(List<?> entries) {
		return entries.stream().map(e -> RecordParameters.of(runId, e)).toArray(SqlParameterSource[]::new);
	}

	private MapSqlParameterSource run() {
		return new MapSqlParameterSource("runId", runId);
	}

}
