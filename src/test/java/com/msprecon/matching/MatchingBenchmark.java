package com.msprecon.matching;

import com.msprecon.matching.evaluation.SyntheticMatchingData;
import com.msprecon.matching.evaluation.SyntheticMatchingData.Dataset;
import com.msprecon.matching.evaluation.SyntheticMatchingData.LabelledAccount;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Benchmark report (a main, not a test: CI must not time it). Matches n accounts against n companies with the
 * indexed matcher and with the all-pairs comparison, and checks that both decide the same.
 * <p>
 * {@code MAVEN_OPTS=-Xmx1g ./mvnw -q test-compile exec:java -Dexec.mainClass=com.msprecon.matching.MatchingBenchmark -Dexec.classpathScope=test}
 * <p>
 * Arguments: the sizes (default 1000 10000 100000); all-pairs runs up to 10000 and is extrapolated beyond. Fails
 * (non-zero exit) when the two matchers decide any account differently, after printing that size's row.
 */
public final class MatchingBenchmark {

	private static final long SEED = 42L;

	private static final int LARGEST_ALL_PAIRS = 10_000;

	private MatchingBenchmark() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 1_000, 10_000, 100_000 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		System.out.printf("cores %d, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
		System.out.println("| accounts x companies | indexed: time | indexed: peak heap | all pairs: time | all pairs: peak heap | same decisions | auto matches |");
		System.out.println("|---|---:|---:|---:|---:|---|---:|");
		double allPairsSecondsPerPair = Double.NaN;
		for (int n : sizes) {
			Dataset dataset = SyntheticMatchingData.generate(SEED + n, n, n);
			Run indexed = run(dataset, SafeAccountMatcher::over);
			String allPairsTime;
			String allPairsHeap;
			String same;
			List<MatchResult> allPairsResults = null;
			if (n <= LARGEST_ALL_PAIRS) {
				Run allPairs = run(dataset, SafeAccountMatcher::comparingAllPairs);
				allPairsSecondsPerPair = allPairs.seconds() / ((double) n * n);
				allPairsTime = "%.2f s (CPU %.2f s)".formatted(allPairs.seconds(), allPairs.cpuSeconds());
				allPairsHeap = "%d MiB".formatted(allPairs.peakMiB());
				allPairsResults = allPairs.results();
				long differing = differences(indexed.results(), allPairsResults);
				same = differing == 0 ? "yes (all " + n + ")" : "NO: " + differing + " differ";
			}
			else {
				allPairsTime = "~%.0f s (extrapolated: n^2 x 10k time / 10k^2)".formatted(allPairsSecondsPerPair * n * n);
				allPairsHeap = "n/a";
				same = "not run";
			}
			long matched = indexed.results().stream().filter(MatchResult::isMatched).count();
			System.out.printf("| %,d x %,d | %.2f s (CPU %.2f s) | %d MiB | %s | %s | %s | %,d |%n", n,
					dataset.companies().size(), indexed.seconds(), indexed.cpuSeconds(), indexed.peakMiB(), allPairsTime, allPairsHeap, same, matched);
			if (allPairsResults != null) {
				requireSameDecisions(indexed.results(), allPairsResults);
			}
		}
	}

	/** The indexes must lose no decision (R3): any account decided differently fails the benchmark. */
	static void requireSameDecisions(List<MatchResult> indexed, List<MatchResult> allPairs) {
		long differing = differences(indexed, allPairs);
		if (differing > 0) {
			throw new IllegalStateException("indexed and all-pairs matchers decide %d of %d accounts differently"
				.formatted(differing, indexed.size()));
		}
	}

	/** Wall time, CPU time of the whole process (the machine is shared: CPU time shows the work), peak heap. */
	private record Run(double seconds, double cpuSeconds, long peakMiB, List<MatchResult> results) {
	}

	private static double processCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	/** Builds the matcher and matches every account (in parallel, as the job may), timing both together. */
	private static Run run(Dataset dataset, Function<List<CompanyCandidate>, SafeAccountMatcher> factory) {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		double cpuStart = processCpuSeconds();
		long start = System.nanoTime();
		AccountMatcher matcher = factory.apply(dataset.companies());
		List<MatchResult> results = dataset.accounts().parallelStream().map(LabelledAccount::account).map(matcher::match).toList();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = processCpuSeconds() - cpuStart;
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		return new Run(seconds, cpuSeconds, peak >> 20, results);
	}

	private static long differences(List<MatchResult> one, List<MatchResult> other) {
		long differing = 0;
		for (int i = 0; i < one.size(); i++) {
			if (!Objects.equals(one.get(i).companyId(), other.get(i).companyId())
					|| one.get(i).method() != other.get(i).method()) {
				differing++;
			}
		}
		return differing;
	}

}
