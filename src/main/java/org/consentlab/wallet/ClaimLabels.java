package org.consentlab.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consentlab.credential.sdjwt.SdJwt;
import org.consentlab.credential.spec.SdJwtVc;
import org.consentlab.credential.vc.ClaimDisplay;
import org.consentlab.credential.vc.Integrity;
import org.consentlab.credential.vc.IntegrityMismatchException;
import org.consentlab.credential.vc.MalformedTypeMetadataException;
import org.consentlab.credential.vc.TypeDisplay;
import org.consentlab.credential.vc.TypeMetadata;
import org.consentlab.web.Loopback;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Claims a person can read: "Date of birth", not {@code birthdate}. The wallet fetches the Type
 * Metadata of a credential's {@code vct} from its issuer (SD-JWT VC draft 15 §5.3.3, the issuer
 * whose keys it already checked, so no other host is ever asked, §9.1), over the size-bounded
 * loopback like issuer metadata, checks it against the credential's {@code vct#integrity} (§6) and
 * takes each claim's label in the reader's language (§8.2). A document that fails the pin is
 * refused and the claims keep their technical names, with the reason shown. Documents are public
 * and pinned, so they are cached by issuer, type and pin (§5.3.4); a failure is retried after a
 * minute.
 */
@Component
public class ClaimLabels {

	/** How many documents are kept; there are four types. */
	static final int CACHE_SIZE = 32;

	static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	/** What became of a credential's Type Metadata. */
	public enum Status {

		/** Fetched and matching the credential's {@code vct#integrity}. */
		PINNED,

		/** Fetched; the credential pins nothing, so the labels are the issuer's word today. */
		UNPINNED,

		/** The document's digest is not the one the credential pins: refused. */
		INTEGRITY_MISMATCH,

		/** The credential's {@code vct#integrity} cannot be read. */
		INTEGRITY_MALFORMED,

		/** The document is malformed, too large, or describes another type: refused. */
		MALFORMED,

		/** The issuer could not be reached or refused. */
		UNAVAILABLE
	}

	/** One claim as the learner reads it: the label (null when there is none) and the technical name. */
	public record Label(String text, String name) {

		public boolean labelled() {
			return text != null;
		}
	}

	/** The labels of one credential for one reader. */
	public record Labels(Status status, TypeMetadata metadata, Locale locale) {

		/** The label of the claim at {@code path}, written {@code address.locality}. */
		public Label label(String path) {
			if (metadata == null || path == null) {
				return new Label(null, path);
			}
			return metadata.claim(List.of(path.split("\\.", -1)))
					.flatMap(claim -> claim.label(locale))
					.map(ClaimDisplay::label)
					.map(text -> new Label(text, path))
					.orElse(new Label(null, path));
		}

		/** The type's name for this reader (§7), or null. */
		public String typeName() {
			return metadata == null
					? null
					: metadata.display(locale).map(TypeDisplay::name).orElse(null);
		}

		public boolean refused() {
			return metadata == null;
		}
	}

	private record Entry(Status status, TypeMetadata metadata, Instant at) {}

	private final Loopback loopback;

	private final Clock clock;

	private final Map<String, Entry> cache = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	ClaimLabels(Loopback loopback) {
		this.loopback = loopback;
		this.clock = Clock.systemUTC();
	}

	/** The labels of {@code held} in {@code locale}. */
	public Labels of(HeldCredential held, Locale locale) {
		Entry entry = entry(held);
		return new Labels(entry.status, entry.metadata, locale);
	}

	/** For a page: the label of one claim of {@code held} in the language of the current request. */
	public Label label(HeldCredential held, String path) {
		if (held == null) {
			return new Label(null, path);
		}
		return of(held, LocaleContextHolder.getLocale()).label(path);
	}

	private Entry entry(HeldCredential held) {
		SdJwt credential = held.parsed();
		Object iss = credential.payload().get(SdJwtVc.ISS);
		Object vct = credential.payload().get(SdJwtVc.VCT);
		Object pin = credential.payload().get(SdJwtVc.VCT_INTEGRITY);
		if (!(iss instanceof String issuer) || !(vct instanceof String type)) {
			return new Entry(Status.MALFORMED, null, clock.instant());
		}
		String key = issuer + " " + type + " " + pin;
		synchronized (cache) {
			Entry cached = cache.get(key);
			if (cached != null
					&& (cached.metadata != null || cached.at.plus(RETRY_AFTER).isAfter(clock.instant()))) {
				return cached;
			}
		}
		Entry fetched = fetch(issuer, type, pin);
		synchronized (cache) {
			cache.put(key, fetched);
		}
		return fetched;
	}

	private Entry fetch(String issuer, String vct, Object pin) {
		Instant now = clock.instant();
		Integrity integrity;
		try {
			integrity = pin == null ? null : Integrity.parse(pin instanceof String text ? text : "");
		} catch (IntegrityMismatchException ex) {
			return new Entry(Status.INTEGRITY_MALFORMED, null, now);
		}
		try {
			TypeMetadata metadata = new ProtocolClient(loopback)
					.get(TypeMetadata.location(issuer, vct), body -> TypeMetadata.parseFor(body, vct, integrity));
			return new Entry(integrity == null ? Status.UNPINNED : Status.PINNED, metadata, now);
		} catch (IntegrityMismatchException ex) {
			return new Entry(Status.INTEGRITY_MISMATCH, null, now);
		} catch (MalformedTypeMetadataException ex) {
			return new Entry(Status.MALFORMED, null, now);
		} catch (WalletException ex) {
			return new Entry(Status.UNAVAILABLE, null, now);
		}
	}
}
