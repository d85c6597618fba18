package com.msprecon.delivery;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of the workbook to finance ({@code recon.delivery.*}); the SMTP server is Spring Boot's
 * {@code spring.mail.*}. Nothing is sent unless {@code mailTo} names someone.
 *
 * @param mailTo recipients, comma-separated in a property or environment variable ({@code RECON_DELIVERY_MAILTO})
 * @param mailFrom the sender address; required when {@code mailTo} is set (relays reject unknown senders)
 * @param subjectPrefix put before the subject, so finance can filter the mails
 */
@ConfigurationProperties("recon.delivery")
public record DeliveryProperties(@DefaultValue List<String> mailTo, String mailFrom,
		@DefaultValue("[licence-recon]") String subjectPrefix) {

	public DeliveryProperties {
		// "a@x.com, ,b@y.com" and a trailing comma must not make empty recipients
		mailTo = mailTo.stream().map(String::strip).filter(to -> !to.isEmpty()).toList();
	}

	public boolean enabled() {
		return !mailTo.isEmpty();
	}

	/** The same with other recipients: an MSP's own finance team (docs/rules.md §4.4). */
	public DeliveryProperties withMailTo(List<String> recipients) {
		return new DeliveryProperties(recipients, mailFrom, subjectPrefix);
	}

}
