package org.consentlab.issuer;

import java.util.List;
import java.util.Map;

import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.springframework.stereotype.Component;

/** The migration service's residence permit: the right to stay, its kind, its end, and whether it allows work. */
@Component
class ResidencePermit implements CredentialType {

	static final String VCT = "urn:consentlab:residence_permit:1";

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
		return "issuer.migration.residence";
	}

	@Override
	public String configurationId() {
		return "residence_permit_sd_jwt";
	}

	@Override
	public String vct() {
		return VCT;
	}

	@Override
	public Map<String, Object> claims(Account learner) {
		return MigrationRecord.of(learner).residencePermit();
	}

	@Override
	public List<ClaimPath> disclosable(Map<String, Object> claims) {
		return MigrationRecord.disclosable(claims);
	}

	@Override
	public boolean offersTxCode() {
		return true;
	}
}
