package com.msprecon.msp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTests {

	private static final List<String> MSPS = IntStream.range(0, 10).mapToObj(i -> "msp-" + i).toList();

	@Test
	void everyMspIsInExactlyOneShardAndTheShardsDifferInSizeByOneAtMost() {
		for (int count = 1; count <= 12; count++) {
			List<String> all = new ArrayList<>();
			List<Integer> sizes = new ArrayList<>();
			for (int index = 0; index < count; index++) {
				List<String> part = new Shard(index, count).of(MSPS);
				all.addAll(part);
				sizes.add(part.size());
			}
			assertThat(all).as("%d shards", count).containsExactlyInAnyOrderElementsOf(MSPS);
			assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
					- sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).as("%d shards", count)
				.isLessThanOrEqualTo(1);
		}
	}

	@Test
	void theMspsAreDealtOutInTurn() {
		assertThat(Shard.parse("1/3").of(MSPS)).containsExactly("msp-1", "msp-4", "msp-7");
		assertThat(Shard.ALL.of(MSPS)).isEqualTo(MSPS);
	}

	@Test
	void aShardThatDoesNotExistIsRefusedSayingWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse("3/3")).withMessageContaining("0 <= K < N");
		assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse("0/0")).withMessageContaining("0 <= K < N");
		assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse("two/8"))
			.withMessageContaining("recon.shard 'two/8' is not of the form K/N");
		assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse("-1/8"))
			.withMessageContaining("not of the form K/N");
	}

}
