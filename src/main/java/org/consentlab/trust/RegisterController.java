package org.consentlab.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The registrar's public register, like the national registers of the EU wallet's relying parties:
 * who is registered, for what service and purpose, which claims each may ask for, and the root a
 * wallet checks every request against, with its fingerprint to compare aloud.
 */
@Controller
class RegisterController {

	static final String PATH = "/register";

	private final ClassroomTrust trust;

	RegisterController(ClassroomTrust trust) {
		this.trust = trust;
	}

	@GetMapping(PATH)
	String register(Model model) {
		model.addAttribute("entries", trust.register());
		model.addAttribute(
				"rootName", trust.roots().get(0).getSubjectX500Principal().getName());
		model.addAttribute("rootFingerprint", fingerprint(trust.roots().get(0)));
		return "trust/register";
	}

	/** SHA-256 of the certificate, in the colon-separated hex that certificate viewers show. */
	static String fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException("the root certificate has no fingerprint", ex);
		}
	}
}
