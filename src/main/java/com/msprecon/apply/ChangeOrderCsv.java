package com.msprecon.apply;

import com.msprecon.output.AtomicFiles;
import com.msprecon.output.SafeText;
import com.msprecon.results.ResultReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code psa-change-orders.csv} (docs/rules.md R10): every change order of the run with its order key and the
 * columns of the {@code PSA Change Orders} sheet (with R12's {@code applied_earlier}), and the empty decision columns. Filled in and returned, it is an
 * approvals file itself ({@code decision_note} is the decision's note; {@code note} stays the order's).
 */
public final class ChangeOrderCsv {

	public static final String FILE = "psa-change-orders.csv";

	static final String[] HEADER = { "order_key", "company_id", "company_name", "agreement_id", "agreement_name",
			"addition_id", "product_identifier", "action", "current_qty", "new_qty", "delta", "unit_price",
			"monthly_impact", "effective_date", "approval_required", "note", "applied_earlier", "decision", "decided_by",
			"decision_note" };

	private ChangeOrderCsv() {
	}

	/** @param appliedEarlier R12: the orders an earlier run's applied order carried out already, with a sentence */
	public static AtomicFiles.Content of(ResultReader results, java.util.Map<String, String> appliedEarlier) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer)) {
				results.changeOrders(o -> record(printer, o.orderKey(), text(o.companyId()), text(o.companyName()),
						text(o.agreementId()), text(o.agreementName()), text(o.additionId()),
						text(o.productIdentifier()), o.action().name(), plain(o.currentQty()), plain(o.newQty()),
						plain(o.delta()), plain(o.unitPrice()), plain(o.monthlyImpact()), o.effectiveDate(),
						o.approvalRequired(), text(o.note()), text(appliedEarlier.get(o.orderKey())), null, null,
						null));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		};
	}

	/** Text from the data, made safe for spreadsheets (the order key never needs it: it starts with R). */
	static String text(String value) {
		return value == null ? null : SafeText.forCsv(value);
	}

	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	static void record(CSVPrinter printer, Object... values) {
		try {
			printer.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
