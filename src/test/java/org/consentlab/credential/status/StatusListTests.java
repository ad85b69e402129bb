package org.consentlab.credential.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.VerificationErrorCode;
import org.junit.jupiter.api.Test;

/** The Token Status List draft's examples (§4) and test vectors, replayed verbatim. */
class StatusListTests {

	private static final int MAX_BYTES = 16 * 1024 * 1024;

	@Test
	void decodeWhenSection4ExamplesThenStatusesAndEncodingMatchByteForByte() {
		for (String[] row : TestVectors.rows("status-list/section-4-examples.tsv")) {
			int bits = Integer.parseInt(row[0]);
			StatusList list = StatusList.decode(bits, row[1], MAX_BYTES);
			String[] statuses = row[2].split(",");
			StatusList built = StatusList.ofSize(bits, statuses.length);
			for (int idx = 0; idx < statuses.length; idx++) {
				assertThat(list.get(idx)).isEqualTo(Integer.parseInt(statuses[idx]));
				built = built.with(idx, Integer.parseInt(statuses[idx]));
			}
			assertThat(built.encode()).isEqualTo(row[1]);
		}
	}

	/**
	 * The appendix "Test vectors for Status List encoding" gives, for 1, 2, 4 and 8 bits, a list of
	 * 2^20 statuses by its non-zero entries and its {@code lst}. The draft compressed with ZLIB at
	 * the highest level (§4.1; the CBOR encodings there start 78 DA), as {@link StatusList} does, so
	 * re-encoding must give the very same string.
	 */
	@Test
	void decodeWhenTestVectorsThenOnlyListedIndexesAreSetAndEncodingMatchesByteForByte() {
		List<Integer> bitsReplayed = new ArrayList<>();
		for (String[] row : TestVectors.rows("status-list/test-vectors.tsv")) {
			int bits = Integer.parseInt(row[0]);
			bitsReplayed.add(bits);
			Map<Long, Integer> expected = statuses(row[2]);
			StatusList list = StatusList.decode(bits, row[1], MAX_BYTES);
			assertThat(list.size()).isEqualTo(1 << 20);
			List<String> mismatches = new ArrayList<>();
			for (long idx = 0; idx < list.size(); idx++) {
				if (list.get(idx) != expected.getOrDefault(idx, 0)) {
					mismatches.add(idx + "=" + list.get(idx));
				}
			}
			assertThat(mismatches).as("%d bits", bits).isEmpty();
			StatusList built = StatusList.ofSize(bits, 1 << 20);
			for (Map.Entry<Long, Integer> status : expected.entrySet()) {
				built = built.with(status.getKey(), status.getValue());
			}
			assertThat(built.encode()).as("%d bits", bits).isEqualTo(row[1]);
		}
		assertThat(bitsReplayed).containsExactly(1, 2, 4, 8);
	}

	@Test
	void withWhenFourAndEightBitsThenEveryValueRoundTrips() {
		for (int bits : new int[] {4, 8}) {
			StatusList list = StatusList.ofSize(bits, 1000);
			for (int idx = 0; idx < 1000; idx += 7) {
				list = list.with(idx, idx % (1 << bits));
			}
			StatusList decoded = StatusList.decode(bits, list.encode(), MAX_BYTES);
			assertThat(decoded).isEqualTo(list);
			assertThat(decoded.get(994)).isEqualTo(994 % (1 << bits));
		}
	}

	@Test
	void decodeWhenZipBombThenStatusListTooLarge() {
		String bomb = deflate(new byte[4 * 1024 * 1024]);

		assertThatThrownBy(() -> StatusList.decode(1, bomb, 1024 * 1024))
				.isInstanceOfSatisfying(
						MalformedCredentialException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.STATUS_LIST_TOO_LARGE));
	}

	@Test
	void decodeWhenNotZlibOrBadBitsThenStatusListInvalid() {
		for (String[] input : new String[][] {{"1", "bm90IHpsaWI"}, {"3", "eNrbuRgAAhcBXQ"}, {"1", "eNrbuRgA"}}) {
			assertThatThrownBy(() -> StatusList.decode(Integer.parseInt(input[0]), input[1], MAX_BYTES))
					.isInstanceOfSatisfying(
							MalformedCredentialException.class,
							(ex) -> assertThat(ex.code()).isEqualTo(VerificationErrorCode.STATUS_LIST_INVALID));
		}
	}

	private static Map<Long, Integer> statuses(String pairs) {
		Map<Long, Integer> statuses = new HashMap<>();
		for (String pair : pairs.split(",")) {
			String[] idxAndStatus = pair.split("=");
			statuses.put(Long.parseLong(idxAndStatus[0]), Integer.parseInt(idxAndStatus[1]));
		}
		return statuses;
	}

	private static String deflate(byte[] bytes) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(bytes);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		return Base64URL.encode(out.toByteArray()).toString();
	}
}
