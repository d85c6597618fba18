package com.msprecon.psa.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.http.ApiException;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.http.FakeTime;
import com.msprecon.http.HttpSettings;
import com.msprecon.psa.PsaChangeSink.LiveAddition;
import com.msprecon.psa.PsaChangeSink.NewLine;
import com.msprecon.psa.PsaOutcomeUnknownException;
import com.msprecon.psa.PsaRefusedException;
import com.msprecon.psa.autotask.AutotaskProperties.ProductIdentifier;
import com.msprecon.psa.autotask.AutotaskWriteProperties.UnitsEndDate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Autotask writer against the fake Autotask over loopback HTTP: a change is one adjustment of
 * {@code target - live}, computed from a units read at the moment of writing and effective at the next billing
 * period; a target in force sends nothing; a lost answer is settled by the units, never by a second adjustment.
 */
class AutotaskChangeSinkTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	private final FakeAutotask autotask = new FakeAutotask();

	private final FakeHttpServer server = new FakeHttpServer(autotask);

	private final FakeTime time = new FakeTime();

	AutotaskChangeSinkTests() {
		autotask.baseUrl = server.baseUrl();
		autotask.add("Contracts", "{\"id\":201,\"companyID\":101,\"contractType\":7,\"status\":1}");
		autotask.add("Services", "{\"id\":77,\"name\":\"MC-SEG-USER\"}");
		autotask.add("Services", "{\"id\":78,\"name\":\"MC-ARCHIVE\"}");
		autotask.add("ContractServices", "{\"id\":301,\"contractID\":201,\"serviceID\":77}");
		// October's period is over; November's is in force on the as-of date
		unit(1, 301, 77, "2026-10-01", "2026-10-31", 38);
		unit(2, 301, 77, "2026-11-01", "2026-11-30", 40);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void theLiveUnitsAreThoseOfThePeriodInForceOrOfALaterOneAnAdjustmentOpened() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		assertThat(sink.readAddition("201", "301"))
			.contains(new LiveAddition("301", "201", "MC-SEG-USER", new BigDecimal("40")));
		unit(3, 301, 77, "2026-12-01", "2026-12-31", 44);
		assertThat(sink.readAddition("201", "301")).map(LiveAddition::quantity).contains(new BigDecimal("44"));
		assertThat(sink.readAddition("201", "399")).isEmpty();
	}

	@Test
	void aChangeIsOneAdjustmentOfTargetMinusLiveFromTheNextPeriodAndATargetInForceSendsNothing() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		sink.setQuantity("201", "301", new BigDecimal("35"));
		assertThat(autotask.adjustments()).hasSize(1);
		JsonNode adjustment = autotask.adjustments().get(0);
		assertThat(adjustment.path("contractID").asLong()).isEqualTo(201);
		assertThat(adjustment.path("contractServiceID").asLong()).as("the line itself, not any of its Service")
			.isEqualTo(301);
		assertThat(adjustment.path("serviceID").asLong()).isEqualTo(77);
		assertThat(adjustment.path("unitChange").decimalValue()).isEqualByComparingTo("-5");
		assertThat(adjustment.path("effectiveDate").asString()).isEqualTo("2026-12-01T00:00:00");
		assertThat(sink.readAddition("201", "301")).map(LiveAddition::quantity).contains(new BigDecimal("35"));

		sink.setQuantity("201", "301", new BigDecimal("35"));
		assertThat(autotask.adjustments()).as("the target is in force: a rerun sends nothing").hasSize(1);

		// someone else changed the units in the meantime: the change is computed from what is there now
		unit(999_999, 301, 77, "2026-12-01", "2026-12-31", 50);
		sink.setQuantity("201", "301", new BigDecimal("35"));
		assertThat(autotask.adjustments()).hasSize(2);
		assertThat(autotask.adjustments().get(1).path("unitChange").decimalValue()).isEqualByComparingTo("-15");
	}

	@Test
	void periodsKeptAheadToTheContractsEndDoNotMoveTheAdjustmentPastTheNextPeriod() {
		// Autotask keeps a row per billing period: the next one and the contract's last one are there already
		unit(3, 301, 77, "2026-12-01", "2026-12-31", 40);
		unit(4, 301, 77, "2027-10-01", "2027-10-31", 40);
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		sink.setQuantity("201", "301", new BigDecimal("35"));
		assertThat(autotask.adjustments()).singleElement().satisfies(a -> {
			assertThat(a.path("effectiveDate").asString()).isEqualTo("2026-12-01T00:00:00");
			assertThat(a.path("unitChange").decimalValue()).isEqualByComparingTo("-5");
		});
		assertThat(sink.readAddition("201", "301")).map(LiveAddition::quantity).contains(new BigDecimal("35"));
	}

	@Test
	void aRefusedAdjustmentRefusesThatOrderOnly() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		server.failNext(adjustments(), Response.json(400, "{\"errors\":[\"effectiveDate is not valid\"]}"));
		assertThatThrownBy(() -> sink.setQuantity("201", "301", new BigDecimal("45")))
			.isInstanceOf(PsaRefusedException.class)
			.hasMessageContaining("effectiveDate is not valid");
	}

	@Test
	void anEndDateThatIsTheNextPeriodsStartIsTheAdjustmentsDate() {
		sink(UnitsEndDate.NEXT_START).setQuantity("201", "301", new BigDecimal("41"));
		assertThat(autotask.adjustments().get(0).path("effectiveDate").asString()).isEqualTo("2026-11-30T00:00:00");
	}

	@Test
	void aLostAnswerIsSettledByTheUnitsNotByASecondAdjustment() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		server.loseResponseOfNext(adjustments());
		sink.setQuantity("201", "301", new BigDecimal("45"));
		assertThat(autotask.adjustments()).hasSize(1);
		assertThat(server.requests().stream().filter(adjustments())).hasSize(1);
		assertThat(sink.readAddition("201", "301")).map(LiveAddition::quantity).contains(new BigDecimal("45"));
	}

	@Test
	void aServerErrorOnAnAdjustmentIsNeverSentAgainAndStopsTheOrderForTheRerun() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		server.failNext(adjustments(), Response.json(503, "{\"errors\":[\"Service Unavailable\"]}"));
		assertThatThrownBy(() -> sink.setQuantity("201", "301", new BigDecimal("45")))
			.isInstanceOf(ApiException.class)
			.isNotInstanceOf(PsaRefusedException.class)
			.hasMessageContaining("the rerun reads them and settles the order");
		assertThat(server.requests().stream().filter(adjustments())).as("a POST is not sent blindly again").hasSize(1);
		assertThat(autotask.adjustments()).isEmpty();
	}

	@Test
	void aNewLineIsAnAdjustmentThatCreatesTheContractServiceAndIsFoundByItsService() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		assertThat(sink.findLineTagged("201", "MC-ARCHIVE", "R7/101/NEW:MC-ARCHIVE")).isEmpty();
		String id = sink.createLine(newLine("MC-ARCHIVE", 12));
		assertThat(autotask.adjustments()).hasSize(1);
		assertThat(autotask.adjustments().get(0).path("unitChange").decimalValue()).isEqualByComparingTo("12");
		assertThat(autotask.adjustments().get(0).has("contractServiceID")).isFalse();
		assertThat(autotask.adjustments().get(0).path("allowRepeatService").asBoolean()).isTrue();
		assertThat(autotask.adjustments().get(0).path("effectiveDate").asString()).isEqualTo("2026-12-01T00:00:00");
		assertThat(sink.findLineTagged("201", "mc-archive", "R7/101/NEW:MC-ARCHIVE"))
			.contains(new LiveAddition(id, "201", "MC-ARCHIVE", new BigDecimal("12")));
	}

	@Test
	void aNewLineWhoseAnswerWasLostIsReportedUnknownAndThenFoundByItsService() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		server.loseResponseOfNext(adjustments());
		assertThatThrownBy(() -> sink.createLine(newLine("MC-ARCHIVE", 12)))
			.isInstanceOf(PsaOutcomeUnknownException.class);
		Optional<LiveAddition> found = sink.findLineTagged("201", "MC-ARCHIVE", "R7/101/NEW:MC-ARCHIVE");
		assertThat(found).map(LiveAddition::quantity).contains(new BigDecimal("12"));
		assertThat(autotask.adjustments()).hasSize(1);
	}

	@Test
	void aChangeInPartsOfAUnitIsRefusedBeforeAnythingIsSent() {
		assertThatThrownBy(() -> sink(UnitsEndDate.LAST_DAY).setQuantity("201", "301", new BigDecimal("40.5")))
			.isInstanceOf(PsaRefusedException.class)
			.hasMessageContaining("whole numbers");
		assertThat(server.requests().stream().filter(adjustments())).isEmpty();
	}

	@Test
	void aProductWithoutAServiceIsRefusedBeforeAnythingIsSent() {
		AutotaskChangeSink sink = sink(UnitsEndDate.LAST_DAY);
		assertThatThrownBy(() -> sink.createLine(newLine("MC-NOPE", 3))).isInstanceOf(PsaRefusedException.class)
			.hasMessageContaining("Autotask has no Service MC-NOPE");
		assertThat(server.requests().stream().filter(adjustments())).isEmpty();
	}

	private static NewLine newLine(String product, int quantity) {
		return new NewLine("201", product, BigDecimal.valueOf(quantity), new BigDecimal("3.50"),
				LocalDate.of(2026, 12, 1), "R7/101/NEW:" + product);
	}

	private AutotaskChangeSink sink(UnitsEndDate endDate) {
		AutotaskProperties properties = new AutotaskProperties(server.baseUrl() + FakeAutotask.ZONE_PATH + "/", "",
				FakeAutotask.USERNAME, FakeAutotask.SECRET, FakeAutotask.INTEGRATION_CODE, "", 500, List.of(1L),
				List.of(7L), List.of(1L), ProductIdentifier.NAME, 100, 500, 50, 1, 200,
				new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofSeconds(1),
						Duration.ofMinutes(2), 0, 20));
		return new AutotaskChangeSink(new AutotaskApi(properties, time.httpTime()),
				new AutotaskWriteProperties(endDate), () -> AS_OF);
	}

	private void unit(long id, long contractService, long service, String start, String end, int units) {
		autotask.add("ContractServiceUnits", "{\"id\":" + id + ",\"contractID\":201,\"contractServiceID\":"
				+ contractService + ",\"serviceID\":" + service + ",\"startDate\":\"" + start
				+ "T00:00:00\",\"endDate\":\"" + end + "T00:00:00\",\"units\":" + units + ",\"price\":3.50}");
	}

	private static Predicate<Request> adjustments() {
		return request -> request.path().endsWith("/V1.0/ContractServiceAdjustments");
	}

}
