package com.msprecon.psa.halopsa;

import com.msprecon.http.ApiException;
import com.msprecon.http.HttpTime;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import com.msprecon.psa.PsaSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * PSA companies, agreements and additions from HaloPSA ({@code recon.psa.source=halopsa-api}): every client,
 * each client's contracts ({@code GET /api/ClientContract?client_id=}) and the lines of its recurring invoices
 * ({@code GET /api/RecurringInvoice?client_id=&includelines=true}).
 */
@Component
@ConditionalOnProperty(name = "recon.psa.source", havingValue = "halopsa-api")
public class HaloPsaSource implements PsaSource {

	static final String CONTRACTS = "halopsa-client-contracts";

	static final String LINES = "halopsa-recurring-invoice-lines";

	private final HaloPsaApi api;

	private final HaloPsaProperties properties;

	private final HttpTime time;

	/**
	 * @param time the clock and sleeper; tests provide a fake one
	 */
	@Autowired
	public HaloPsaSource(HaloPsaProperties properties, ObjectProvider<HttpTime> time) {
		this(properties, time.getIfAvailable(HttpTime::system));
	}

	HaloPsaSource(HaloPsaProperties properties, HttpTime time) {
		this.properties = properties;
		this.time = time;
		this.api = new HaloPsaApi(properties, time);
	}

	/** The MSP's own HaloPSA instance and API application where it has its own settings (docs/rules.md §4.4). */
	@Override
	public PsaSource forMsp(MspInputs msp) {
		return msp.own(HaloPsaProperties.PREFIX, HaloPsaProperties.class)
			.<PsaSource>map(own -> new HaloPsaSource(own, time))
			.orElse(this);
	}

	@Override
	public ItemStreamReader<InputRow<PsaCompany>> companies() {
		return new HaloClientReader(api);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAgreement>> agreements() {
		return new HaloPerClientReader<>("haloContractReader", CONTRACTS, api, this::contracts, HaloRecords::contract);
	}

	@Override
	public ItemStreamReader<InputRow<PsaAddition>> additions() {
		return new HaloPerClientReader<>("haloInvoiceLineReader", LINES, api,
				clientId -> HaloRecords.invoiceLines(api.get("RecurringInvoice", query(clientId, "includelines"),
						"GET /api/RecurringInvoice for client " + clientId)),
				(line, clientId) -> HaloRecords.line(line, properties));
	}

	/** A plain list, or an object holding it under {@code contracts} (the paginated form). */
	private List<JsonNode> contracts(long clientId) {
		JsonNode reply = api.get("ClientContract", query(clientId, null), "GET /api/ClientContract for client "
				+ clientId);
		JsonNode list = reply.isArray() ? reply : reply.path("contracts");
		if (!list.isArray()) {
			throw new ApiException("HaloPSA GET /api/ClientContract for client " + clientId + " answered neither a "
					+ "list nor an object with contracts: check recon.halopsa.base-url", 200);
		}
		List<JsonNode> contracts = new ArrayList<>();
		list.forEach(contracts::add);
		return contracts;
	}

	private static Map<String, Object> query(long clientId, String flag) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("client_id", clientId);
		if (flag != null) {
			query.put(flag, true);
		}
		return query;
	}

	@Override
	public SourceInput companiesInput() {
		return SourceInput.remote(HaloClientReader.SOURCE, "HaloPSA " + properties.baseUrl() + "/api/Client");
	}

	@Override
	public SourceInput agreementsInput() {
		return SourceInput.remote(CONTRACTS, "HaloPSA " + properties.baseUrl() + "/api/ClientContract");
	}

	@Override
	public SourceInput additionsInput() {
		return SourceInput.remote(LINES, "HaloPSA " + properties.baseUrl() + "/api/RecurringInvoice");
	}

}
