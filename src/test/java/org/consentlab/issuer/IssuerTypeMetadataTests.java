package org.consentlab.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.consentlab.account.Account;
import org.consentlab.account.Role;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.consentlab.credential.vc.ClaimMetadata;
import org.consentlab.credential.vc.TypeMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The Type Metadata the issuers publish (SD-JWT VC draft 15 §5, §7, §8.2): a label for every claim a
 * learner's credential may carry, in every language a bundle is written in, and a translation is a
 * new bundle, not new code.
 */
class IssuerTypeMetadataTests {

	private static final List<CredentialType> TYPES =
			List.of(new PersonalId(), new Diploma(), MigrationPermit.residence(), MigrationPermit.work());

	@Test
	void documentWhenARussianBundleIsBesideTheBaseThenEveryLabelInBothLanguages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage(IssuerTypeMetadata.LANGUAGE_KEY, Locale.forLanguageTag("und"), "en");
		labelsFor(messages, Locale.forLanguageTag("en"), "");
		labelsFor(messages, Locale.forLanguageTag("ru"), "ru:");
		ResourcePatternResolver withRussian = bundles("i18n/issuers.properties", "i18n/issuers_ru.properties");

		IssuerTypeMetadata published = new IssuerTypeMetadata(new Issuers(TYPES, null), messages, withRussian);

		TypeMetadata pid = published.of(PersonalId.ID, "urn:consentlab:pid:1").orElseThrow();
		ClaimMetadata birthdate = pid.claim(List.of("birthdate")).orElseThrow();
		assertThat(birthdate.display()).extracting(d -> d.locale()).containsExactly("en", "ru");
		assertThat(birthdate.label(Locale.forLanguageTag("ru-RU")).orElseThrow().label())
				.isEqualTo("ru:birthdate");
		assertThat(birthdate.label(Locale.forLanguageTag("en-GB")).orElseThrow().label())
				.isEqualTo("birthdate");
		assertThat(birthdate.sd()).isEqualTo(ClaimMetadata.Sd.ALWAYS);
		assertThat(pid.display()).extracting(d -> d.locale()).containsExactly("en", "ru");
		assertThat(published.of("university", "urn:consentlab:pid:1"))
				.as("an issuer publishes only the types it issues")
				.isEmpty();
		assertThat(TypeMetadata.parse(pid.toJson())).isEqualTo(pid);
	}

	@Test
	void documentWhenAClaimHasNoLabelThenStartUpFails() {
		StaticMessageSource missing = new StaticMessageSource();
		missing.addMessage(IssuerTypeMetadata.LANGUAGE_KEY, Locale.forLanguageTag("und"), "en");
		TYPES.forEach(type -> missing.addMessage(type.documentKey(), Locale.forLanguageTag("en"), "a document"));

		assertThatThrownBy(() ->
						new IssuerTypeMetadata(new Issuers(TYPES, null), missing, bundles("i18n/issuers.properties")))
				.isInstanceOf(NoSuchMessageException.class);
	}

	/** Every claim path a learner's credential really carries is one the document labels. */
	@Test
	void claimPathsWhenManyLearnersThenCoverEveryClaimTheyCarry() {
		for (CredentialType type : TYPES) {
			Set<String> listed = new TreeSet<>();
			type.claimPaths().forEach(path -> listed.add(path.toString()));
			for (long seed = 1; seed <= 300; seed++) {
				Account learner = new Account(seed, "l" + seed, Role.LEARNER, null, seed * 7919, Instant.EPOCH);
				List<String> carried = new ArrayList<>();
				flatten("", type.claims(learner), carried);
				assertThat(listed).as(type.vct() + " seed " + seed).containsAll(carried);
			}
		}
	}

	@Test
	void languagesWhenRealBundlesThenTheBaseLanguageFirst() throws IOException {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage(IssuerTypeMetadata.LANGUAGE_KEY, Locale.forLanguageTag("und"), "en");

		List<Locale> languages = IssuerTypeMetadata.languages(messages, new PathMatchingResourcePatternResolver());

		assertThat(languages).isNotEmpty();
		assertThat(languages.get(0).toLanguageTag()).isEqualTo("en");
	}

	private static void flatten(String prefix, Map<?, ?> claims, List<String> out) {
		claims.forEach((name, value) -> {
			out.add(prefix + name);
			if (value instanceof Map<?, ?> nested) {
				flatten(prefix + name + ".", nested, out);
			}
		});
	}

	/** Labels "<prefix><path>" for every claim of every type, and the document names, in {@code locale}. */
	private static void labelsFor(StaticMessageSource messages, Locale locale, String prefix) {
		for (CredentialType type : TYPES) {
			messages.addMessage(type.documentKey(), locale, prefix + type.documentKey());
			for (ClaimPath path : type.claimPaths()) {
				messages.addMessage(IssuerTypeMetadata.CLAIM_KEY + path, locale, prefix + path);
			}
		}
	}

	private static ResourcePatternResolver bundles(String... paths) {
		return new PathMatchingResourcePatternResolver(new DefaultResourceLoader()) {
			@Override
			public Resource[] getResources(String pattern) {
				return java.util.Arrays.stream(paths)
						.map(ClassPathResource::new)
						.toArray(Resource[]::new);
			}
		};
	}
}
