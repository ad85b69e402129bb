package org.consentlab.credential.oid4vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.consentlab.credential.TestVectors;
import org.consentlab.credential.oauth.MalformedMessageException;
import org.consentlab.credential.oauth.OAuthError;
import org.junit.jupiter.api.Test;

/** The messages of OpenID4VCI 1.0: the specification's examples parse, malformed ones give the typed error. */
class Oid4vciMessagesTests {

	@Test
	void parseWhenSpecPreAuthorizedOfferThenTxCodeDefaultsToNumeric() {
		CredentialOffer offer = CredentialOffer.parse(TestVectors.text("oid4vc/credential_offer_pre-authz_code.json"));
		assertThat(offer.credentialIssuer()).isEqualTo("https://credential-issuer.example.com");
		assertThat(offer.credentialConfigurationIds()).containsExactly("UniversityDegreeCredential");
		assertThat(offer.preAuthorizedCode()).isEqualTo("adhjhdjajkdkhjhdj");
		assertThat(offer.txCode())
				.isEqualTo(new TxCode(
						Oid4vci.INPUT_MODE_NUMERIC,
						null,
						"Please provide the one-time code which was sent to your mobile phone via SMS"));
	}

	@Test
	void parseWhenSpecOfferOfTwoConfigurationsThenBothAndTheFourDigitCode() {
		CredentialOffer offer =
				CredentialOffer.parse(TestVectors.text("oid4vc/credential_offer_multiple_credentials.json"));
		assertThat(offer.credentialConfigurationIds())
				.containsExactly("UniversityDegreeCredential", "org.iso.18013.5.1.mDL");
		assertThat(offer.txCode().length()).isEqualTo(4);
		assertThat(offer.txCode().accepts("1234")).isTrue();
		assertThat(offer.txCode().accepts("12345")).isFalse();
		assertThat(offer.txCode().accepts("12a4")).isFalse();
		assertThat(CredentialOffer.parse(offer.toJson())).isEqualTo(offer);
	}

	@Test
	void parseWhenOfferMalformedThenInvalidRequestNamingTheMember() {
		assertMalformed(() -> CredentialOffer.parse("not json"), OAuthError.INVALID_REQUEST, Oid4vci.CREDENTIAL_OFFER);
		assertMalformed(
				() -> CredentialOffer.parse("{\"credential_issuer\": \"ftp://x\"}"),
				OAuthError.INVALID_REQUEST,
				Oid4vci.CREDENTIAL_ISSUER);
		assertMalformed(
				() -> CredentialOffer.parse("{\"credential_issuer\": \"https://i.example\", "
						+ "\"credential_configuration_ids\": [\"a\"], \"grants\": {}}"),
				OAuthError.INVALID_REQUEST,
				Oid4vci.GRANTS);
		assertMalformed(
				() -> CredentialOffer.parse(offerWithTxCode("{\"input_mode\": \"emoji\"}")),
				OAuthError.INVALID_REQUEST,
				Oid4vci.INPUT_MODE);
		assertMalformed(
				() -> CredentialOffer.parse(offerWithTxCode("{\"length\": 1000}")),
				OAuthError.INVALID_REQUEST,
				Oid4vci.LENGTH);
	}

	@Test
	void parseWhenOfferOversizedOrTooDeepThenInvalidRequest() {
		String big = "{\"credential_issuer\": \"https://i.example/" + "a".repeat(CredentialOffer.MAX_LENGTH) + "\"}";
		assertThatThrownBy(() -> CredentialOffer.parse(big))
				.isInstanceOf(MalformedMessageException.class)
				.hasMessageContaining("longer than");
		String deep = offerWithTxCode("{\"description\": " + "[".repeat(20) + "]".repeat(20) + "}");
		assertThatThrownBy(() -> CredentialOffer.parse(deep))
				.isInstanceOf(MalformedMessageException.class)
				.hasMessageContaining("deeper than");
	}

	@Test
	void parseWhenTokenRequestOfAnotherGrantThenUnsupportedGrantType() {
		assertMalformed(
				() -> TokenRequest.parse(
						Map.of(Oid4vci.GRANT_TYPE, "authorization_code", Oid4vci.PRE_AUTHORIZED_CODE, "c")),
				OAuthError.UNSUPPORTED_GRANT_TYPE,
				Oid4vci.GRANT_TYPE);
		assertMalformed(
				() -> TokenRequest.parse(Map.of(Oid4vci.GRANT_TYPE, Oid4vci.PRE_AUTHORIZED_CODE_GRANT)),
				OAuthError.INVALID_REQUEST,
				Oid4vci.PRE_AUTHORIZED_CODE);
		assertThat(TokenRequest.parse(Map.of(
						Oid4vci.GRANT_TYPE,
						Oid4vci.PRE_AUTHORIZED_CODE_GRANT,
						Oid4vci.PRE_AUTHORIZED_CODE,
						"c",
						Oid4vci.TX_CODE,
						"493536")))
				.isEqualTo(new TokenRequest("c", "493536"));
	}

	@Test
	void parseWhenCredentialRequestMalformedThenCredentialRequestOrProofError() {
		assertMalformed(
				() -> CredentialRequest.parse("[]"), OAuthError.INVALID_CREDENTIAL_REQUEST, "credential request");
		assertMalformed(
				() -> CredentialRequest.parse("{\"credential_configuration_id\": \"pid\"}"),
				OAuthError.INVALID_CREDENTIAL_REQUEST,
				Oid4vci.PROOFS);
		assertMalformed(
				() -> CredentialRequest.parse("{\"credential_configuration_id\": \"pid\", \"proofs\": {\"jwt\": [1]}}"),
				OAuthError.INVALID_PROOF,
				Oid4vci.PROOF_TYPE_JWT);
		assertThat(CredentialRequest.parse(
						"{\"credential_configuration_id\": \"pid\", \"proofs\": {\"jwt\": [\"a.b.c\"]}}"))
				.isEqualTo(new CredentialRequest("pid", List.of("a.b.c")));
	}

	@Test
	void parseWhenSpecTokenAndNonceResponsesThenTheirValues() {
		assertThat(TokenResponse.parse("{\"access_token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6Ikp..sHQ\", "
								+ "\"token_type\": \"Bearer\", \"expires_in\": 86400}")
						.expiresIn())
				.isEqualTo(86400);
		assertThat(NonceResponse.parse("{\"c_nonce\": \"wKI4LT17ac15ES9bw8ac4\"}")
						.cNonce())
				.isEqualTo("wKI4LT17ac15ES9bw8ac4");
		assertMalformed(
				() -> TokenResponse.parse("{\"access_token\": \"t\", \"token_type\": \"DPoP\", \"expires_in\": 1}"),
				OAuthError.INVALID_REQUEST,
				Oid4vci.TOKEN_TYPE);
	}

	private static String offerWithTxCode(String txCode) {
		return "{\"credential_issuer\": \"https://i.example\", \"credential_configuration_ids\": [\"a\"], \"grants\": "
				+ "{\"" + Oid4vci.PRE_AUTHORIZED_CODE_GRANT + "\": {\"pre-authorized_code\": \"c\", \"tx_code\": "
				+ txCode + "}}}";
	}

	static void assertMalformed(Runnable parse, OAuthError error, String member) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(MalformedMessageException.class, ex -> {
			assertThat(ex.error()).isEqualTo(error);
			assertThat(ex.member()).isEqualTo(member);
		});
	}
}
