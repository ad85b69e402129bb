package org.consentlab.issuer;

import org.consentlab.credential.status.StatusList;
import org.springframework.stereotype.Service;

/**
 * The issuers' published status lists, read the way any verifier reads them, for lab checks; and
 * each learner's decoding exercise: an index of someone else's credential, drawn from the
 * learner's seed among the other people's entries that are not valid (which never change), so the
 * answer differs per learner.
 */
@Service
public class IssuerStatus {

	private final StatusLists statusLists;

	private final Issuers issuers;

	IssuerStatus(StatusLists statusLists, Issuers issuers) {
		this.statusLists = statusLists;
		this.issuers = issuers;
	}

	/** The value of byte {@code byteIndex} of the issuer's first status list as published now (Token Status List §4.1). */
	public int statusByte(String issuerId, int byteIndex) {
		StatusList list = live(issuerId);
		int perByte = 8 / list.bits();
		int value = 0;
		for (int i = 0; i < perByte; i++) {
			value |= list.get((long) byteIndex * perByte + i) << (i * list.bits());
		}
		return value;
	}

	/** The index of the learner's decoding exercise in the issuer's first list. */
	public int exerciseIndex(String issuerId, long seed) {
		StatusList list = statusLists.others(issuerId);
		int start = (int) Math.floorMod(seed, (long) StatusLists.SIZE);
		for (int step = 0; step < StatusLists.SIZE; step++) {
			int idx = (start + step * 7) % StatusLists.SIZE;
			if (list.get(idx) != 0) {
				return idx;
			}
		}
		return start;
	}

	private StatusList live(String issuerId) {
		CredentialType type = issuers.find(issuerId).orElseThrow();
		return statusLists.token(issuerId, 0, issuers.statusListUrl(type, 0)).statusList();
	}
}
