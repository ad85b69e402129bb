package org.consentlab.credential.status;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.consentlab.credential.jose.Base64Url;
import org.consentlab.credential.jose.MalformedCredentialException;
import org.consentlab.credential.spec.TokenStatusList;
import org.consentlab.credential.spec.VerificationErrorCode;

/**
 * A Status List (Token Status List §4): a byte array holding a status of 1, 2, 4 or 8 bits per
 * Referenced Token, least significant bits first, compressed with DEFLATE in the ZLIB format at
 * the highest level (§4.1) and base64url-encoded in {@code lst} (§4.2). Immutable.
 */
public final class StatusList {

	private final int bits;

	private final byte[] bytes;

	private StatusList(int bits, byte[] bytes) {
		if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
			throw new IllegalArgumentException("bits must be 1, 2, 4 or 8");
		}
		this.bits = bits;
		this.bytes = bytes;
	}

	/** A list of {@code size} statuses, all VALID. */
	public static StatusList ofSize(int bits, int size) {
		return new StatusList(bits, new byte[Math.max(1, (size * bits + 7) / 8)]);
	}

	public int bits() {
		return this.bits;
	}

	/** How many statuses the list holds. */
	public long size() {
		return (long) this.bytes.length * 8 / this.bits;
	}

	/** The status value at {@code idx} (§4.1: LSB first within each byte). */
	public int get(long idx) {
		checkIndex(idx);
		int perByte = 8 / this.bits;
		int shift = (int) (idx % perByte) * this.bits;
		return (this.bytes[(int) (idx / perByte)] >> shift) & ((1 << this.bits) - 1);
	}

	/** A copy of this list with {@code value} at {@code idx}. */
	public StatusList with(long idx, int value) {
		checkIndex(idx);
		if (value < 0 || value >= (1 << this.bits)) {
			throw new IllegalArgumentException("status " + value + " does not fit in " + this.bits + " bits");
		}
		int perByte = 8 / this.bits;
		int shift = (int) (idx % perByte) * this.bits;
		int mask = ((1 << this.bits) - 1) << shift;
		byte[] copy = this.bytes.clone();
		int at = (int) (idx / perByte);
		copy[at] = (byte) ((copy[at] & ~mask) | (value << shift));
		return new StatusList(this.bits, copy);
	}

	/**
	 * A copy of this list with every status of {@code statuses} (index to value) set, copying the
	 * bytes once: an issuer publishing a list of many thousand entries builds it this way.
	 */
	public StatusList withAll(Map<? extends Number, ? extends Number> statuses) {
		int perByte = 8 / this.bits;
		byte[] copy = this.bytes.clone();
		for (Map.Entry<? extends Number, ? extends Number> entry : statuses.entrySet()) {
			long idx = entry.getKey().longValue();
			int value = entry.getValue().intValue();
			checkIndex(idx);
			if (value < 0 || value >= (1 << this.bits)) {
				throw new IllegalArgumentException("status " + value + " does not fit in " + this.bits + " bits");
			}
			int shift = (int) (idx % perByte) * this.bits;
			int mask = ((1 << this.bits) - 1) << shift;
			int at = (int) (idx / perByte);
			copy[at] = (byte) ((copy[at] & ~mask) | (value << shift));
		}
		return new StatusList(this.bits, copy);
	}

	/** The {@code lst} value: ZLIB/DEFLATE at the highest level, then base64url (§4.1, §4.2). */
	public String encode() {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(this.bytes);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return Base64Url.encode(out.toByteArray());
	}

	/**
	 * Decodes an {@code lst}, refusing to inflate more than {@code maxBytes} (a zip bomb is
	 * {@code STATUS_LIST_TOO_LARGE}; anything else unreadable is {@code STATUS_LIST_INVALID}).
	 */
	public static StatusList decode(int bits, String lst, int maxBytes) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(Base64Url.decode(lst));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw invalid("truncated compressed data");
				}
				if (out.size() + n > maxBytes) {
					throw new MalformedCredentialException(
							VerificationErrorCode.STATUS_LIST_TOO_LARGE, "> " + maxBytes);
				}
				out.write(buffer, 0, n);
			}
			return new StatusList(bits, out.toByteArray());
		} catch (DataFormatException | IllegalArgumentException ex) {
			throw invalid("not ZLIB data, or bits not 1, 2, 4 or 8");
		} finally {
			inflater.end();
		}
	}

	/** The JSON form, {@code {"bits": n, "lst": "..."}} (§4.2). */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put(TokenStatusList.BITS, (long) this.bits);
		json.put(TokenStatusList.LST, encode());
		return json;
	}

	/** Reads the JSON form (§4.2). */
	public static StatusList fromJson(Object json, int maxBytes) {
		if (json instanceof Map<?, ?> map
				&& map.get(TokenStatusList.BITS) instanceof Long bits
				&& map.get(TokenStatusList.LST) instanceof String lst) {
			return decode(bits.intValue(), lst, maxBytes);
		}
		throw invalid("status_list is not {\"bits\": n, \"lst\": \"...\"}");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StatusList list && list.bits == this.bits && Arrays.equals(list.bytes, this.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * this.bits + Arrays.hashCode(this.bytes);
	}

	private void checkIndex(long idx) {
		if (idx < 0 || idx >= size()) {
			throw new IndexOutOfBoundsException("idx " + idx + " outside 0.." + (size() - 1));
		}
	}

	private static MalformedCredentialException invalid(String detail) {
		return new MalformedCredentialException(VerificationErrorCode.STATUS_LIST_INVALID, detail);
	}
}
