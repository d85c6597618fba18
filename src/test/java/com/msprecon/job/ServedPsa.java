package com.msprecon.job;

import com.msprecon.http.ApiJson;
import com.msprecon.http.FakeHttpServer;
import com.msprecon.psa.connectwise.FakeConnectWise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * A data set's PSA files served by a fake ConnectWise on one loopback server for the whole test class; each test
 * starts from the files again ({@link #reset}), so what one test wrote is not seen by the next.
 */
final class ServedPsa {

	final FakeHttpServer server;

	private volatile FakeConnectWise psa;

	ServedPsa() {
		server = new FakeHttpServer(request -> psa.apply(request));
	}

	FakeConnectWise reset(Path dataSet) {
		FakeConnectWise fresh = new FakeConnectWise();
		fresh.baseUrl = server.baseUrl();
		try {
			for (CSVRecord row : csv(dataSet.resolve("psa-companies.csv"))) {
				ObjectNode json = ApiJson.mapper().createObjectNode().put("id", Long.parseLong(row.get("company_id")))
					.put("identifier", row.get("identifier"))
					.put("name", row.get("name"))
					.put("deletedFlag", false);
				json.putObject("status").put("id", 1).put("name", row.get("status"));
				fresh.company(json.get("id").asLong(), json.toString());
			}
			for (CSVRecord row : csv(dataSet.resolve("psa-agreements.csv"))) {
				ObjectNode json = ApiJson.mapper().createObjectNode().put("id", Long.parseLong(row.get("agreement_id")))
					.put("name", row.get("name"))
					.put("agreementStatus", row.get("status"))
					.put("cancelledFlag", false);
				json.putObject("company").put("id", Long.parseLong(row.get("company_id")));
				fresh.agreement(json.get("id").asLong(), row.get("status"), json.toString());
			}
			for (CSVRecord row : csv(dataSet.resolve("psa-additions.csv"))) {
				if (!row.get("quantity").matches("\\d+(\\.\\d+)?")) {
					continue; // a reject of the file source; ConnectWise holds no negative quantity
				}
				long agreement = Long.parseLong(row.get("agreement_id"));
				ObjectNode json = ApiJson.mapper().createObjectNode().put("id", Long.parseLong(row.get("addition_id")));
				json.putObject("product").put("id", 800).put("identifier", row.get("product_identifier"));
				json.put("quantity", new java.math.BigDecimal(row.get("quantity")));
				json.put("unitPrice", new java.math.BigDecimal(row.get("unit_price")));
				json.put("billCustomer", row.get("bill_customer"));
				if (!row.get("effective_date").isEmpty()) {
					json.put("effectiveDate", row.get("effective_date") + "T00:00:00Z");
				}
				json.put("agreementId", agreement);
				fresh.addition(agreement, json.get("id").asLong(), json.toString());
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		fresh.catalogItem(812, "MC-ECG").catalogItem(813, "MC-ARCH").catalogItem(814, "MC-SAT")
			.catalogItem(815, "MC-SAT-ADMIN");
		psa = fresh;
		return fresh;
	}

	/** The settings that point the PSA source and the apply job's writes at the fake. */
	List<String> properties() {
		return List.of("recon.psa.source=connectwise-api",
				"recon.connectwise.base-url=" + server.baseUrl() + FakeConnectWise.PREFIX,
				"recon.connectwise.company-id=" + FakeConnectWise.COMPANY,
				"recon.connectwise.public-key=" + FakeConnectWise.PUBLIC_KEY,
				"recon.connectwise.private-key=" + FakeConnectWise.PRIVATE_KEY,
				"recon.connectwise.client-id=" + FakeConnectWise.CLIENT_ID,
				"recon.connectwise.http.requests-per-second=0", "recon.connectwise.http.max-attempts=2",
				"recon.connectwise.http.initial-backoff=10ms", "recon.connectwise.http.read-timeout=5s");
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (CSVParser parser = CSVParser.parse(Files.readString(file),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

}
