package org.consentlab.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L10's pooled logs: drawn from the seed alone, the links are exactly the rows that share values. */
class PooledDatasetTests {

	@Test
	void ofWhenSameSeedThenSameDatasetAndOtherSeedOtherLinks() {
		assertThat(PooledDataset.of(42).links()).isEqualTo(PooledDataset.of(42).links());
		assertThat(PooledDataset.of(42).a()).isEqualTo(PooledDataset.of(42).a());
		long differing = java.util.stream.LongStream.range(0, 20)
				.filter(seed -> !PooledDataset.of(seed)
						.links()
						.equals(PooledDataset.of(42).links()))
				.count();
		assertThat(differing).isGreaterThan(10);
	}

	@Test
	void linksWhenComputedFromTheRowsThenExactlyTheRowsSharingEveryHandle() {
		for (long seed = 0; seed < 50; seed++) {
			PooledDataset dataset = PooledDataset.of(seed);
			List<String> shared = new ArrayList<>();
			for (PooledDataset.Row a : dataset.a()) {
				for (PooledDataset.Row b : dataset.b()) {
					boolean any = a.signature().equals(b.signature())
							|| a.cnf().equals(b.cnf())
							|| a.statusIdx() == b.statusIdx()
							|| a.digest().equals(b.digest());
					if (any) {
						assertThat(a.signature()).isEqualTo(b.signature());
						shared.add(a.label() + "-" + b.label());
					}
				}
			}
			assertThat(dataset.links())
					.as("seed %d", seed)
					.isEqualTo(shared.stream().sorted().toList())
					.hasSizeBetween(2, 3);
		}
	}

	@Test
	void pairsWhenWrittenInAnyOrderOrCaseThenNormalised() {
		assertThat(PooledDataset.pairs("a3-b1, B2 - A5;A1:B4")).containsExactly("A1-B4", "A3-B1", "A5-B2");
		assertThat(PooledDataset.pairs("A1-A2, nonsense")).isEmpty();
		assertThat(PooledDataset.pairs(null)).isEmpty();
	}
}
