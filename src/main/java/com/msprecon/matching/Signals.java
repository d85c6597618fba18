package com.msprecon.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the companies considered have in common with one account (R3): the companies with a signal (domain, name,
 * tagged part, typing slip), and the few sharing most words with it, kept for the review list.
 */
final class Signals {

	/** Companies compared by similarity for the review list, chosen first by shared words. */
	static final int RANKED_BY_SIMILARITY = 8;

	final List<Signal> all = new ArrayList<>();

	private final int[] reviewCompany = new int[RANKED_BY_SIMILARITY];

	private final int[] reviewShared = new int[RANKED_BY_SIMILARITY];

	private int reviewSize;

	private Signals() {
	}

	static Signals compare(AccountReading subject, int[] considered, CompanyIndex index, FuzzyNameRule fuzzyRule) {
		Signals signals = new Signals();
		NormalizedName name = subject.name();
		for (int company : considered) {
			NormalizedName companyName = index.names[company];
			boolean domain = !subject.hosts().isEmpty() && index.hasDomainIn(company, subject.hosts());
			boolean sameName = AccountReading.equalByKeys(subject.nameKeys(), companyName);
			NormalizedName part = sameName || subject.parts().isEmpty() ? null : sameTaggedPart(subject, companyName);
			FuzzyNameRule.Typo typo = sameName ? null : fuzzyRule.typo(name, companyName);
			boolean otherRegion = (sameName || part != null || typo != null) && name.regionsConflict(companyName);
			if (domain || sameName || part != null || typo != null) {
				boolean withoutDots = (sameName && !equalAsWritten(name, companyName))
						|| (part != null && !equalAsWritten(part, companyName));
				signals.all.add(new Signal(company, domain, sameName, part, typo, otherRegion, withoutDots));
			}
			else {
				signals.offerForReview(company, sharedWords(name, companyName));
			}
		}
		return signals;
	}

	List<Signal> byDomain() {
		return all.stream().filter(Signal::domain).toList();
	}

	List<Signal> byName() {
		return all.stream().filter(Signal::byName).toList();
	}

	List<Signal> byTypo() {
		return all.stream().filter(Signal::byTypo).toList();
	}

	List<Signal> byPart() {
		return all.stream().filter(Signal::byPart).toList();
	}

	List<Signal> inOtherRegion() {
		return all.stream().filter(Signal::otherRegion).toList();
	}

	/** The companies sharing most words with the account (at most {@link #RANKED_BY_SIMILARITY}). */
	int[] reviewCompanies() {
		return Arrays.copyOf(reviewCompany, reviewSize);
	}

	private void offerForReview(int company, int shared) {
		if (shared == 0) {
			return;
		}
		if (reviewSize < RANKED_BY_SIMILARITY) {
			reviewCompany[reviewSize] = company;
			reviewShared[reviewSize++] = shared;
			return;
		}
		int weakest = 0;
		for (int i = 1; i < reviewSize; i++) {
			if (reviewShared[i] < reviewShared[weakest]) {
				weakest = i;
			}
		}
		if (shared > reviewShared[weakest]) {
			reviewCompany[weakest] = company;
			reviewShared[weakest] = shared;
		}
	}

	private static NormalizedName sameTaggedPart(AccountReading subject, NormalizedName companyName) {
		for (int i = 0; i < subject.parts().size(); i++) {
			if (AccountReading.equalByKeys(subject.partKeys().get(i), companyName)) {
				return subject.parts().get(i);
			}
		}
		return null;
	}

	/** Equal by the keys as written (compact or literal), not only through umlauts written without dots. */
	private static boolean equalAsWritten(NormalizedName one, NormalizedName two) {
		return one.compactKey().equals(two.compactKey()) || one.literalKey().equals(two.literalKey())
				|| one.compactKey().equals(two.literalKey()) || one.literalKey().equals(two.compactKey());
	}

	private static int sharedWords(NormalizedName account, NormalizedName company) {
		int shared = 0;
		for (String token : account.tokens()) {
			if (company.tokens().contains(token)) {
				shared++;
			}
		}
		return shared;
	}

	/**
	 * What one company has in common with the account. {@code otherRegion}: both names carry region tags and they
	 * differ, so the name, part or typo found does not count (R3: {@code Zenith (US)} is not {@code Zenith UK Ltd}).
	 */
	record Signal(int company, boolean domain, boolean sameName, NormalizedName part, FuzzyNameRule.Typo typo,
			boolean otherRegion, boolean withoutDots) {

		boolean byName() {
			return sameName && !otherRegion;
		}

		boolean byPart() {
			return part != null && !otherRegion;
		}

		boolean byTypo() {
			return typo != null && !otherRegion;
		}

	}

}
