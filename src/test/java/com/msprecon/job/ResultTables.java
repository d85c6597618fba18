package com.msprecon.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every table a run writes, and a run's rows of them without the run id: what "same results" means. */
final class ResultTables {

	static final String[][] TABLES = { { "recon_line", "line_key" }, { "psa_change_order", "order_key" },
			{ "account_resolution", "account_code" }, { "vendor_contribution", "account_code, product_identifier" },
			{ "vendor_sync_up", "account_code" }, { "input_reject", "source, line_no" },
			{ "recon_input", "input_name" }, { "stg_vendor_account", "account_code" },
			{ "stg_psa_company", "company_id" }, { "stg_psa_agreement", "agreement_id" },
			{ "stg_psa_addition", "addition_id" }, { "map_account", "vendor_account_code" },
			{ "map_service", "line_no" }, { "history_line", "key_kind, key_id, key_item" },
			{ "history_account", "account_code" } };

	private ResultTables() {
	}

	static List<Map<String, Object>> rows(JdbcTemplate jdbc, String table, long runId, String orderBy) {
		List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table + " where run_id = ? order by "
				+ orderBy, runId);
		rows.forEach(row -> {
			row.remove("run_id");
			// an order key names its run (docs/rules.md R10): the rest of it is what must be equal
			row.computeIfPresent("order_key", (column, key) -> withoutRun((String) key));
		});
		return rows;
	}

	/** An order key without the run it names: R12/100/9001 becomes R, a star, /100/9001. */
	static String withoutRun(String orderKey) {
		return orderKey.replaceFirst("^R[0-9]+/", "R*/");
	}

	/** All result tables of a run, table by table. */
	static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc, long runId) {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (String[] table : TABLES) {
			tables.put(table[0], rows(jdbc, table[0], runId, table[1]));
		}
		return tables;
	}

}
