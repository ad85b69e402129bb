package org.consentlab.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.vc.ClaimDisplay;
import org.consentlab.credential.vc.ClaimMetadata;
import org.consentlab.credential.vc.Integrity;
import org.consentlab.credential.vc.TypeDisplay;
import org.consentlab.credential.vc.TypeMetadata;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Type Metadata each issuer publishes for each type it issues (SD-JWT VC draft 15 §5): the
 * document's name, and a label for every claim (§8.2), in every language the issuers' message
 * bundle is written in: {@code i18n/issuers.properties} (its language named by
 * {@code issuer.types.language}) and each {@code issuers_<tag>.properties} beside it, so a
 * translation adds a language to the documents without a change of code. Built once at start-up, so
 * a claim without a label stops the app rather than a page; the bytes never change while it runs,
 * and {@link #integrity} pins them in every credential ({@code vct#integrity}, §6).
 */
@Component
class IssuerTypeMetadata {

	/** The message key of a claim's label: {@code issuer.claim.} and the path, e.g. {@code issuer.claim.address.locality}. */
	static final String CLAIM_KEY = "issuer.claim.";

	/** The message key naming the language of the base bundle. */
	static final String LANGUAGE_KEY = "issuer.types.language";

	private static final Pattern BUNDLE =
			Pattern.compile("issuers(?:_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*))?\\.properties");

	private final Map<String, TypeMetadata> byVct = new LinkedHashMap<>();

	private final Map<String, Integrity> integrity = new LinkedHashMap<>();

	private final Issuers issuers;

	IssuerTypeMetadata(Issuers issuers, MessageSource messages, ResourcePatternResolver resources) {
		this.issuers = issuers;
		List<Locale> languages = languages(messages, resources);
		for (CredentialType type : issuers.all()) {
			TypeMetadata document = document(type, messages, languages);
			byVct.put(type.vct(), document);
			integrity.put(type.vct(), document.integrity(Integrity.Algorithm.SHA256));
		}
	}

	/** The document of type {@code vct}, if {@code issuerId} issues it. */
	Optional<TypeMetadata> of(String issuerId, String vct) {
		return issuers.types(issuerId).stream()
				.filter(type -> type.vct().equals(vct))
				.findFirst()
				.map(type -> byVct.get(type.vct()));
	}

	/** The {@code vct#integrity} of the document of {@code type}. */
	Integrity integrity(CredentialType type) {
		return integrity.get(type.vct());
	}

	/** The base bundle's language first, then one per translation found beside it. */
	static List<Locale> languages(MessageSource messages, ResourcePatternResolver resources) {
		Set<String> tags = new LinkedHashSet<>();
		tags.add(messages.getMessage(LANGUAGE_KEY, null, Locale.forLanguageTag("und")));
		try {
			for (Resource bundle : resources.getResources("classpath*:i18n/issuers*.properties")) {
				Matcher name = BUNDLE.matcher(String.valueOf(bundle.getFilename()));
				if (name.matches() && name.group(1) != null) {
					tags.add(name.group(1).replace('_', '-'));
				}
			}
		} catch (IOException ex) {
			throw new UncheckedIOException("the issuers' message bundles cannot be listed", ex);
		}
		return tags.stream().map(Locale::forLanguageTag).toList();
	}

	private static TypeMetadata document(CredentialType type, MessageSource messages, List<Locale> languages) {
		List<TypeDisplay> display = new ArrayList<>();
		for (Locale language : languages) {
			display.add(new TypeDisplay(
					language.toLanguageTag(), messages.getMessage(type.documentKey(), null, language), null));
		}
		Map<String, Object> names = new LinkedHashMap<>();
		type.claimPaths().forEach(path -> names.put(first(path), ""));
		List<ClaimPath> disclosable = type.disclosable(names);
		List<ClaimMetadata> claims = new ArrayList<>();
		for (ClaimPath path : type.claimPaths()) {
			List<ClaimDisplay> labels = new ArrayList<>();
			for (Locale language : languages) {
				labels.add(new ClaimDisplay(
						language.toLanguageTag(), messages.getMessage(CLAIM_KEY + path, null, language), null));
			}
			claims.add(new ClaimMetadata(
					segments(path),
					labels,
					false,
					disclosable.contains(path) ? ClaimMetadata.Sd.ALWAYS : ClaimMetadata.Sd.NEVER));
		}
		return new TypeMetadata(
				type.vct(), messages.getMessage(type.documentKey(), null, languages.get(0)), null, display, claims);
	}

	private static String first(ClaimPath path) {
		return ((ClaimPath.Name) path.segments().get(0)).name();
	}

	/** §8.1: a name is a string, an index a number, every element null. */
	private static List<Object> segments(ClaimPath path) {
		List<Object> segments = new ArrayList<>();
		for (ClaimPath.Segment segment : path.segments()) {
			if (segment instanceof ClaimPath.Name name) {
				segments.add(name.name());
			} else if (segment instanceof ClaimPath.Index index) {
				segments.add((long) index.index());
			} else {
				segments.add(null);
			}
		}
		return segments;
	}
}
