package com.msprecon.msp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} equal parts of the MSPs, {@code K/N} with {@code 0 <= K < N} ({@code --recon.shard}; K is
 * Kubernetes' {@code JOB_COMPLETION_INDEX} in an Indexed Job). The MSPs are taken in name order and dealt out
 * in turn, so every MSP is in exactly one shard and the parts differ in size by one at most; adding an MSP
 * moves others to another shard, which is harmless: a run is named by its MSP, not by its shard.
 *
 * @param index this part, from 0
 * @param count how many parts there are
 */
public record Shard(int index, int count) {

	/** Every MSP in one part: the launch without {@code --recon.shard}. */
	public static final Shard ALL = new Shard(0, 1);

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

	public Shard {
		if (count < 1 || index < 0 || index >= count) {
			throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: it must be K/N "
					+ "with 0 <= K < N");
		}
	}

	/** Parses {@code K/N}, e.g. {@code 2/8}. */
	public static Shard parse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("recon.shard '" + text + "' is not of the form K/N (e.g. 2/8: the "
					+ "third of eight parts, K from 0)");
		}
		return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/** The MSPs of this part, in the order given (name order from {@link MspDirectory#msps()}). */
	public List<String> of(List<String> msps) {
		List<String> mine = new ArrayList<>();
		for (int i = index; i < msps.size(); i += count) {
			mine.add(msps.get(i));
		}
		return mine;
	}

	@Override
	public String toString() {
		return index + "/" + count;
	}

}
