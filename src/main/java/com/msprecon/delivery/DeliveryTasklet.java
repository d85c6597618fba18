package com.msprecon.delivery;

import com.msprecon.output.OutputFolder;
import com.msprecon.output.OutputSink;
import com.msprecon.output.RunSummary;
import com.msprecon.results.ResultReader;
import com.msprecon.run.RunContext;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails the exported workbook to finance after a successful run. It runs as a step of its own, so that a failed
 * delivery (SMTP down, recipient refused) fails only this step and the rerun repeats only the mail. Everything it
 * says is read from the stored results and the output directory, never recomputed.
 */
public class DeliveryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DeliveryTasklet.class);

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RunContext run;

	private final ResultReader results;

	private final OutputSink outputs;

	private final OutputFolder folder;

	private final String workbook;

	private final String vendorName;

	private final DeliveryProperties settings;

	private final JavaMailSender mailSender;

	/** {@code mailSender} is null when no {@code spring.mail.host} is configured. */
	/** @param workbook the name of the workbook in the run's folder of {@code outputs} */
	public DeliveryTasklet(RunContext run, ResultReader results, OutputSink outputs, OutputFolder folder,
			String workbook, String vendorName, DeliveryProperties settings, JavaMailSender mailSender) {
		this.run = run;
		this.results = results;
		this.outputs = outputs;
		this.folder = folder;
		this.workbook = workbook;
		this.vendorName = vendorName;
		this.settings = settings;
		this.mailSender = mailSender;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (!settings.enabled()) {
			log.info("Run {}: delivery not configured (recon.delivery.mail-to is empty), nothing sent", run.runId());
			return RepeatStatus.FINISHED;
		}
		check(mailSender != null, "recon.delivery.mail-to is set but no SMTP server is: set spring.mail.host "
				+ "(SPRING_MAIL_HOST)");
		check(settings.mailFrom() != null && !settings.mailFrom().isBlank(),
				"recon.delivery.mail-to is set but recon.delivery.mail-from (RECON_DELIVERY_MAILFROM) is not");
		check(outputs.exists(folder, workbook), "the workbook " + workbook + " is missing from " + outputs.where(folder)
				+ " (moved or deleted after the export); start a new attempt to produce and send it again");

		FinanceMail mail = FinanceMail.of(settings.subjectPrefix(), run, vendorName,
				RunSummary.format(run, results.statusTotals(), results.methodCounts()), workbook);
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(settings.mailFrom());
		helper.setTo(settings.mailTo().toArray(String[]::new));
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		helper.addAttachment(workbook, () -> outputs.open(folder, workbook), XLSX);
		mailSender.send(message);
		contribution.incrementWriteCount(1);
		log.info("Run {}: workbook {} mailed to {}", run.runId(), workbook, settings.mailTo());
		return RepeatStatus.FINISHED;
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException("Delivery: " + message);
		}
	}

}
