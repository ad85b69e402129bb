package org.consentlab.issuer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migration service's two documents, a residence permit and a work permit: two credential
 * configurations of one issuer (OpenID4VCI 1.0 §12.2.4), both drawn from one {@link MigrationRecord}.
 */
final class MigrationPermit implements CredentialType {

	static final String RESIDENCE_VCT = "urn:consentlab:residence_permit:1";

	static final String WORK_VCT = "urn:consentlab:work_permit:1";

	private final String vct;

	private final String configurationId;

	private final String documentKey;

	private final Function<MigrationRecord, Map<String, Object>> document;

	private final List<String> claimNames;

	private MigrationPermit(
			String vct,
			String configurationId,
			String documentKey,
			Function<MigrationRecord, Map<String, Object>> document,
			List<String> claimNames) {
		this.vct = vct;
		this.configurationId = configurationId;
		this.documentKey = documentKey;
		this.document = document;
		this.claimNames = List.copyOf(claimNames);
	}

	/** The right to stay, its kind, its end, and whether it allows work. */
	static MigrationPermit residence() {
		return new MigrationPermit(
				RESIDENCE_VCT,
				"residence_permit_sd_jwt",
				"issuer.migration.residence",
				MigrationRecord::residencePermit,
				List.of(
						"given_name",
						"family_name",
						"birthdate",
						"nationalities",
						"document_number",
						"permit_type",
						"right_to_work",
						"valid_until"));
	}

	/** {@code right_to_work}, for which employer, until when. */
	static MigrationPermit work() {
		return new MigrationPermit(
				WORK_VCT,
				"work_permit_sd_jwt",
				"issuer.migration.work",
				MigrationRecord::workPermit,
				List.of(
						"given_name",
						"family_name",
						"birthdate",
						"nationalities",
						"document_number",
						"permit_type",
						"right_to_work",
						"employer",
						"valid_until"));
	}

	@Override
	public String issuerId() {
		return MigrationRecord.ISSUER_ID;
	}

	@Override
	public String nameKey() {
		return MigrationRecord.NAME_KEY;
	}

	@Override
	public String documentKey() {
		return documentKey;
	}

	@Override
	public String configurationId() {
		return configurationId;
	}

	@Override
	public String vct() {
		return vct;
	}

	@Override
	public Map<String, Object> claims(Account learner) {
		return document.apply(MigrationRecord.of(learner));
	}

	@Override
	public List<ClaimPath> claimPaths() {
		return claimNames.stream().map(ClaimPath::of).toList();
	}

	@Override
	public List<ClaimPath> disclosable(Map<String, Object> claims) {
		return MigrationRecord.disclosable(claims);
	}

	@Override
	public boolean offersTxCode() {
		return true;
	}

	/** Registers both permits among the app's credential types. */
	@Configuration(proxyBeanMethods = false)
	static class MigrationService {

		@Bean
		CredentialType residencePermit() {
			return residence();
		}

		@Bean
		CredentialType workPermit() {
			return work();
		}
	}
}
