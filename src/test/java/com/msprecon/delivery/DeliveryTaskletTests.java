package com.msprecon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.msprecon.output.FolderOutputSink;
import com.msprecon.output.OutputFolder;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** What the delivery step does when it is not, or only half, configured; the real sending is in DeliveryJobTests. */
class DeliveryTaskletTests {

	private static final RunContext RUN = new RunContext(7, "reconciliationJob", RunKey.of(LocalDate.of(2026, 11, 15), 1));

	private static final String WORKBOOK = "does-not-matter.xlsx";

	private static final FolderOutputSink OUTPUTS = new FolderOutputSink(Path.of("does-not-matter"));

	@Test
	void withoutRecipientsNothingIsSentAndTheStepSucceeds() throws Exception {
		var settings = new DeliveryProperties(List.of(), null, "[licence-recon]");

		// no SMTP server, no results, no workbook: none of them is touched
		assertThat(new DeliveryTasklet(RUN, null, OUTPUTS, OutputFolder.of(RUN.key()), WORKBOOK, "Mimecast", settings, null).execute(null, null))
			.isEqualTo(RepeatStatus.FINISHED);
	}

	@Test
	void blankRecipientsFromACommaSeparatedListAreDropped() {
		assertThat(new DeliveryProperties(List.of(" a@x.example", " ", "b@y.example "), null, null).mailTo())
			.containsExactly("a@x.example", "b@y.example");
		assertThat(new DeliveryProperties(List.of(" "), null, null).enabled()).isFalse();
	}

	@Test
	void recipientsWithoutAnSmtpServerOrSenderFailTheStepSayingWhatIsMissing() {
		var noSender = new DeliveryProperties(List.of("finance@x.example"), "recon@x.example", "");
		assertThatIllegalStateException()
			.isThrownBy(() -> new DeliveryTasklet(RUN, null, OUTPUTS, OutputFolder.of(RUN.key()), WORKBOOK, "Mimecast", noSender, null).execute(null, null))
			.withMessageContaining("spring.mail.host");

		var noFrom = new DeliveryProperties(List.of("finance@x.example"), " ", "");
		assertThatIllegalStateException()
			.isThrownBy(() -> new DeliveryTasklet(RUN, null, OUTPUTS, OutputFolder.of(RUN.key()), WORKBOOK, "Mimecast", noFrom, new JavaMailSenderImpl()).execute(null,
					null))
			.withMessageContaining("recon.delivery.mail-from");
	}

	/** docs/rules.md §4.4: the mails of an installation's MSPs are told apart by their MSP. */
	@Test
	void anMspOtherThanDefaultIsNamedInSubjectAndBody() {
		RunContext acme = new RunContext(8, "reconciliationJob", new RunKey("acme", LocalDate.of(2026, 11, 15), 1));

		FinanceMail mail = FinanceMail.of(null, acme, "Mimecast", "", "change-orders-2026-11.xlsx");

		assertThat(mail.subject()).isEqualTo("Licence reconciliation of MSP acme 2026-11 (as of 2026-11-15)");
		assertThat(mail.body()).startsWith("Licence reconciliation of MSP acme for 2026-11");
		assertThat(new DeliveryProperties(java.util.List.of("a@x.example"), "f@x.example", null)
			.withMailTo(java.util.List.of(" finance@acme.example ", "")).mailTo()).containsExactly("finance@acme.example");
	}

	@Test
	void subjectNamesThePeriodAndTheBodyCarriesTheSummaryAsGiven() {
		FinanceMail mail = FinanceMail.of("[MSP] ", RUN, "Mimecast", "SUMMARY TABLE", "change-orders-2026-11.xlsx");

		assertThat(mail.subject()).isEqualTo("[MSP] Licence reconciliation 2026-11 (as of 2026-11-15)");
		assertThat(mail.body()).startsWith("Licence reconciliation for 2026-11, as of 2026-11-15.")
			.contains("change-orders-2026-11.xlsx")
			.contains("\n\nSUMMARY TABLE\n\n");
		assertThat(FinanceMail.of(null, RUN, "Mimecast", "", WORKBOOK).subject()).startsWith("Licence reconciliation 2026-11");
		// the vendor is named by its source, not by the mail
		assertThat(FinanceMail.of(null, RUN, "Other Vendor", "", WORKBOOK).body()).contains("the Other Vendor Sync-Up")
			.doesNotContain("Mimecast");
	}

}
