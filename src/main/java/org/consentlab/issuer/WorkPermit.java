package org.consentlab.issuer;

import java.util.List;
import java.util.Map;

import org.consentlab.account.Account;
import org.consentlab.credential.sdjwt.ClaimPath;
import org.springframework.stereotype.Component;

/** The migration service's work permit: {@code right_to_work}, for which employer, until when. */
@Component
class WorkPermit implements CredentialType {

	static final String VCT = "urn:consentlab:work_permit:1";

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
		return "issuer.migration.work";
	}

	@Override
	public String configurationId() {
		return "work_permit_sd_jwt";
	}

	@Override
	public String vct() {
		return VCT;
	}

	@Override
	public Map<String, Object> claims(Account learner) {
		return MigrationRecord.of(learner).workPermit();
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
