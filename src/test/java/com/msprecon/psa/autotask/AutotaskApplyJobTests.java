package com.msprecon.psa.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.http.FakeHttpServer;
import com.msprecon.psa.PsaSourceJobRuns;
import com.msprecon.support.JobTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's Autotask writer on the real jobs (docs/rules.md R11): the demo data served by the fake Autotask is
 * reconciled, every order that can be applied is approved and applied with the answers of the first two
 * adjustments lost on the way back. Every contract service ends at its target with exactly one adjustment per
 * order, of {@code target - live}; a second apply of the same decisions sends nothing.
 */
@JobTest
class AutotaskApplyJobTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "h2", "postgresql" })
	void approvedOrdersAreAppliedAsOneAdjustmentEachAndNeverTwice(String database) throws IOException {
		PsaSourceJobRuns runs = new PsaSourceJobRuns(database, dir);
		FakeAutotask autotask = AutotaskJobTests.servedDemo();
		try (FakeHttpServer server = new FakeHttpServer(autotask)) {
			autotask.baseUrl = server.baseUrl();
			String[] source = AutotaskJobTests.arguments(server);
			List<String> db = runs.database("autotask");
			PsaSourceJobRuns.Run reconciled = runs.run("autotask", db, source);
			assertThat(reconciled.status()).as(reconciled.failure()).isEqualTo(BatchStatus.COMPLETED);

			List<Map<String, Object>> appliable = reconciled.tables()
				.get("psa_change_order")
				.stream()
				.filter(order -> order.get("agreement_id") != null)
				.toList();
			assertThat(appliable).as("the demo has changes of existing lines and new lines")
				.anyMatch(order -> order.get("addition_id") != null)
				.anyMatch(order -> order.get("addition_id") == null);
			List<String> lines = new ArrayList<>();
			appliable.forEach(order -> lines.add(order.get("order_key") + ",APPROVE,cfo@msp.example,"));
			Path approvals = approvals("approvals.csv", lines);
			List<BigDecimal> before = new ArrayList<>();
			appliable.forEach(order -> before.add(live(autotask, order)));

			server.loseResponseOfNext(r -> r.path().endsWith("/V1.0/ContractServiceAdjustments"));
			server.loseResponseOfNext(r -> r.path().endsWith("/V1.0/ContractServiceAdjustments"));
			PsaSourceJobRuns.Applied applied = runs.apply("autotask", db, apply(source, approvals));
			assertThat(applied.status()).as(applied.failure()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(applied.states()).hasSize(appliable.size());
			assertThat(applied.states().values()).containsOnly("APPLIED");

			List<JsonNode> adjustments = autotask.adjustments();
			assertThat(adjustments).as("one adjustment per order").hasSize(appliable.size());
			for (int i = 0; i < appliable.size(); i++) {
				Map<String, Object> order = appliable.get(i);
				BigDecimal target = (BigDecimal) order.get("new_qty");
				assertThat(live(autotask, order)).as((String) order.get("order_key")).isEqualByComparingTo(target);
				BigDecimal change = target.subtract(before.get(i) == null ? BigDecimal.ZERO : before.get(i));
				assertThat(adjustments).as("the change of " + order.get("order_key"))
					.anyMatch(a -> a.path("contractID").asString().equals(order.get("agreement_id").toString())
							&& a.path("unitChange").decimalValue().compareTo(change) == 0);
			}

			// the same decisions in another file: a new apply run that finds every order applied
			PsaSourceJobRuns.Applied again = runs.apply("autotask", db,
					apply(source, approvals("again.csv", lines.stream().map(l -> l + "checked again").toList())));
			assertThat(again.status()).as(again.failure()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(again.states().values()).containsOnly("SKIPPED");
			assertThat(autotask.adjustments()).as("nothing sent twice").hasSize(appliable.size());
		}
	}

	/** The units in force from the as-of date on of the order's line: its contract service, or the new one. */
	private static BigDecimal live(FakeAutotask autotask, Map<String, Object> order) {
		Object addition = order.get("addition_id");
		if (addition != null) {
			return autotask.latestUnits(Long.parseLong(addition.toString())).path("units").decimalValue();
		}
		Long created = autotask.contractServiceOf(Long.parseLong(order.get("agreement_id").toString()),
				(String) order.get("product_identifier"));
		return created == null ? null : autotask.latestUnits(created).path("units").decimalValue();
	}

	private static String[] apply(String[] source, Path approvals) {
		List<String> args = new ArrayList<>(List.of(source));
		args.add("--recon.apply.approvals=" + approvals);
		args.add("--recon.apply.mode=apply");
		return args.toArray(String[]::new);
	}

	private Path approvals(String name, List<String> lines) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, "order_key,decision,decided_by,note\n" + String.join("\n", lines) + "\n");
		return file;
	}

}
