package com.msprecon.delivery;

import com.msprecon.run.RunContext;

/** The mail finance receives: subject with the period, a short plain-text body, the workbook attached. */
public record FinanceMail(String subject, String body, String workbook) {

	/** {@code summary} is the run summary as the log shows it ({@code RunSummary}), not recomputed here. */
	public static FinanceMail of(String subjectPrefix, RunContext run, String vendorName, String summary,
			String workbook) {
		String prefix = subjectPrefix == null || subjectPrefix.isBlank() ? "" : subjectPrefix.strip() + " ";
		// docs/rules.md §4.4: the mails of the MSPs of one installation are told apart by their MSP
		String of = run.key().isDefaultMsp() ? "" : " of MSP " + run.msp();
		String subject = prefix + "Licence reconciliation" + of + " " + run.period() + " (as of " + run.asOfDate()
				+ ")";
		String body = "Licence reconciliation" + of + " for " + run.period() + ", as of " + run.asOfDate() + ".\n\n"
				+ "The attached workbook " + workbook + " holds the PSA change orders, the " + vendorName
				+ " Sync-Up and the review sheets of what needs a decision.\n\n"
				+ "Lines, delta and monthly impact by status:\n\n" + summary + "\n\n"
				+ "This mail was sent by the licence reconciliation job; replies are not read.\n";
		return new FinanceMail(subject, body, workbook);
	}

}
