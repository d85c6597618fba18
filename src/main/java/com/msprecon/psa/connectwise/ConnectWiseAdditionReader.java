package com.msprecon.psa.connectwise;

import com.msprecon.http.ApiRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.psa.PsaAddition;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads the additions of every agreement the agreement conditions select: agreements in id order, and for each
 * one {@code GET /finance/agreements/{id}/additions} in id order. Restart: the current agreement's id and the
 * last addition id returned are saved with every chunk; a reader opened with them lists agreements from that
 * one on, and that agreement's additions after the saved id only.
 */
final class ConnectWiseAdditionReader extends ApiRecordReader<PsaAddition> {

	static final String SOURCE = "connectwise-additions";

	private final ConnectWiseApi api;

	private ConnectWiseListing agreements;

	private ConnectWiseListing additions;

	private long agreementId;

	private long lastAdditionId;

	ConnectWiseAdditionReader(ConnectWiseApi api) {
		super("connectWiseAdditionReader", SOURCE);
		this.api = api;
	}

	@Override
	protected void openAt(ExecutionContext context) {
		agreementId = context.getLong(key("agreement.id"), 0L);
		lastAdditionId = context.getLong(key("last.id"), 0L);
		// from the saved agreement on (id > saved - 1), whose remaining additions come first
		agreements = new ConnectWiseListing(api, "/finance/agreements", api.properties().agreementConditions(),
				"id", Math.max(agreementId - 1, 0));
		additions = null;
	}

	@Override
	protected void saveCursor(ExecutionContext context) {
		context.putLong(key("agreement.id"), agreementId);
		context.putLong(key("last.id"), lastAdditionId);
	}

	@Override
	protected InputRow<PsaAddition> readNext() {
		while (true) {
			if (additions == null && !nextAgreement()) {
				return null;
			}
			JsonNode json = additions.next();
			if (json == null) {
				additions = null;
				continue;
			}
			long id = ConnectWiseRecords.id(json);
			if (id > 0 && id <= lastAdditionId) {
				continue; // seen before a page shifted
			}
			if (id < 0) {
				return rejectRecord("id", "the addition of agreement " + agreementId + " has no numeric id", json);
			}
			lastAdditionId = id;
			String agreement = Long.toString(agreementId);
			return row(json, record -> ConnectWiseRecords.addition(agreement, record));
		}
	}

	private boolean nextAgreement() {
		JsonNode agreement;
		long id;
		do {
			agreement = agreements.next();
			if (agreement == null) {
				return false;
			}
			id = ConnectWiseRecords.id(agreement);
		}
		while (id <= 0 || id < agreementId);
		if (id != agreementId) {
			// a new agreement: all its additions
			agreementId = id;
			lastAdditionId = 0;
		}
		additions = new ConnectWiseListing(api, "/finance/agreements/" + id + "/additions",
				api.properties().additionConditions(), ConnectWiseRecords.ADDITION_FIELDS, lastAdditionId);
		return true;
	}

	@Override
	public void close() {
		agreements = null;
		additions = null;
	}

}
