package com.msprecon.job;

import com.msprecon.run.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.msprecon.support.FreePort;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.mail.MailSendException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Delivery of the workbook to finance through a real SMTP server (GreenMail on a local port, with a login);
 * subclasses choose the database.
 */
@TestPropertySource(properties = { "recon.delivery.mail-to=finance@msp.example, controller@msp.example",
		"recon.delivery.mail-from=recon@msp.example", "recon.delivery.subject-prefix=[MSP recon]",
		"spring.mail.host=127.0.0.1", "spring.mail.username=recon-bot", "spring.mail.password=s3cret",
		"spring.mail.properties[mail.smtp.auth]=true", "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
		"spring.mail.properties[mail.smtp.timeout]=5000" })
abstract class DeliveryJobTests extends JobTestSupport {

	/** Chosen once: the SMTP server is stopped and started again on it, as a real one going down and up. */
	private static final int SMTP_PORT = FreePort.pick();

	private GreenMail smtp;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeEach
	void startSmtp() {
		smtp = startedSmtpServer();
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	@Test
	void mailsTheExportedWorkbookWithTheRunsFiguresToFinance() throws Exception {
		LocalDate date = LocalDate.of(2026, 10, 15);

		JobExecution execution = run(date, 1);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).as("one copy per recipient").isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Address::toString)
			.containsExactly("finance@msp.example", "controller@msp.example");
		assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("recon@msp.example");
		assertThat(mail.getSubject()).isEqualTo("[MSP recon] Licence reconciliation 2026-10 (as of 2026-10-15)");

		List<Part> parts = leafParts(mail);
		String body = parts.stream()
			.filter(p -> !isAttachment(p))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString()
			.replace("\r\n", "\n");
		// the hand-checked figures of the small data set (total 46, as in the workbook tests)
		assertThat(body).contains("Licence reconciliation for 2026-10, as of 2026-10-15.")
			.containsPattern("\n +UNDER_BILLED +3 +22 +32\\.50\n")
			.containsPattern("\n +OVER_BILLED +1 +-5 +-12\\.50\n")
			.containsPattern("\n +NOT_BILLED +3 +28 +38\\.00\n")
			.containsPattern("\n +NOT_IN_VENDOR +1 +-12 +-12\\.00\n")
			.containsPattern("\n +UNMATCHED +2 +\n")
			.containsPattern("\n +total +46\\.00\n");

		Part attachment = parts.stream().filter(DeliveryJobTests::isAttachment).findFirst().orElseThrow();
		assertThat(attachment.getFileName()).isEqualTo("change-orders-2026-10.xlsx");
		assertThat(attachment.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] attached;
		try (InputStream in = attachment.getInputStream()) {
			attached = in.readAllBytes();
		}
		assertThat(attached).as("exactly the exported file")
			.isEqualTo(Files.readAllBytes(outputs(date).resolve("change-orders-2026-10.xlsx")));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(attached))) {
			assertThat(workbook.sheetIterator()).toIterable()
				.extracting(Sheet::getSheetName)
				.contains("Summary", "PSA Change Orders");
		}
	}

	@Test
	void aFailedDeliveryFailsOnlyItsStepAndTheRerunSendsTheMailOnce() throws Exception {
		LocalDate date = LocalDate.of(2026, 9, 15);
		smtp.stop();

		JobExecution failed = run(date, 1);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(ExitCodes.of(failed.getStatus())).as("the launcher's exit code").isEqualTo(ExitCodes.FAILED);
		assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() != BatchStatus.COMPLETED)
			.extracting(StepExecution::getStepName)
			.containsExactly("deliverOutputsStep");
		assertThat(failed.getAllFailureExceptions()).singleElement(InstanceOfAssertFactories.THROWABLE)
			.isInstanceOf(MailSendException.class)
			.hasStackTraceContaining("Connection refused");
		assertThat(outputs(date).resolve("change-orders-2026-09.xlsx")).exists();

		smtp = startedSmtpServer();
		JobExecution resumed = run(date, 1);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ExitCodes.of(resumed.getStatus())).isEqualTo(ExitCodes.SUCCESS);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(resumed.getStepExecutions()).extracting(StepExecution::getStepName)
			.as("only the delivery is redone, after the check of the inputs that runs at every restart")
			.containsExactly("checkRestartInputsStep", "deliverOutputsStep");
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).as("one copy per recipient, of one mail").hasSize(2);
		assertThat(Arrays.stream(received).map(DeliveryJobTests::messageId).distinct()).hasSize(1);
		assertThat(received[0].getSubject()).contains("2026-09");
	}

	private static GreenMail startedSmtpServer() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.setUser("recon@msp.example", "recon-bot", "s3cret");
		server.start();
		return server;
	}

	private static List<Part> leafParts(Part part) throws MessagingException, IOException {
		List<Part> leaves = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				leaves.addAll(leafParts(multipart.getBodyPart(i)));
			}
		}
		else {
			leaves.add(part);
		}
		return leaves;
	}

	private static boolean isAttachment(Part part) {
		try {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
