package org.consentlab.credential.x509;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consentlab.credential.jose.Base64Url;

/**
 * The certificates a signed request carries in its {@code x5c} header (RFC 7515 §4.1.6): the leaf
 * first, each next one certifying the one before, the root left out. Immutable.
 */
public final class CertificateChain {

	/** The longest chain read: a leaf, a few intermediates; a root is never sent. */
	public static final int MAX_LENGTH = 5;

	/** The longest base64 entry read (a P-256 certificate is under 1 KB). */
	public static final int MAX_ENTRY = 8 * 1024;

	private final List<X509Certificate> certificates;

	private CertificateChain(List<X509Certificate> certificates) {
		this.certificates = List.copyOf(certificates);
	}

	/** A chain from certificates, leaf first. */
	public static CertificateChain of(List<X509Certificate> certificates) {
		if (certificates.isEmpty()) {
			throw new UntrustedCertificateException(UntrustedCertificateException.Reason.NO_CHAIN, "no certificate");
		}
		return new CertificateChain(certificates);
	}

	/** Reads an {@code x5c} value: standard base64 (not base64url) DER, leaf first. */
	public static CertificateChain fromX5c(List<String> x5c) {
		if (x5c == null || x5c.isEmpty()) {
			throw new UntrustedCertificateException(UntrustedCertificateException.Reason.NO_CHAIN, "no x5c");
		}
		if (x5c.size() > MAX_LENGTH) {
			throw new UntrustedCertificateException(
					UntrustedCertificateException.Reason.MALFORMED, "more than " + MAX_LENGTH + " certificates");
		}
		List<X509Certificate> certificates = new ArrayList<>();
		for (String entry : x5c) {
			if (entry == null || entry.length() > MAX_ENTRY) {
				throw new UntrustedCertificateException(
						UntrustedCertificateException.Reason.MALFORMED, "an entry is missing or too long");
			}
			try {
				certificates.add(decode(Base64.getDecoder().decode(entry)));
			} catch (IllegalArgumentException | CertificateException ex) {
				throw new UntrustedCertificateException(
						UntrustedCertificateException.Reason.MALFORMED, "an entry is not a base64 DER certificate");
			}
		}
		return new CertificateChain(certificates);
	}

	/** The {@code x5c} value of this chain. */
	public List<String> toX5c() {
		return certificates.stream()
				.map(c -> Base64.getEncoder().encodeToString(der(c)))
				.toList();
	}

	public X509Certificate leaf() {
		return certificates.get(0);
	}

	public List<X509Certificate> certificates() {
		return certificates;
	}

	/**
	 * OpenID4VP 1.0 §5.9.3: "the base64url-encoded value of the SHA-256 hash of the DER-encoded
	 * X.509 certificate" of the leaf, the part of an {@code x509_hash:} client identifier after the
	 * prefix.
	 */
	public String x509Hash() {
		return hash(leaf());
	}

	/** The {@code x509_hash} of one certificate. */
	public static String hash(X509Certificate certificate) {
		try {
			return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(der(certificate)));
		} catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/**
	 * Checks the chain as a wallet must before it believes the leaf (OpenID4VP 1.0 §5.9.3: "The
	 * Wallet MUST validate the signature and the trust chain of the X.509 leaf certificate"): the
	 * leaf is neither self-signed nor an authority, and RFC 5280 path validation from the leaf to
	 * one of {@code roots} succeeds at {@code at}. Revocation is not checked: the classroom registrar
	 * publishes no CRL, which the register page says.
	 *
	 * @throws UntrustedCertificateException with the first reason that fails
	 */
	public void validate(Collection<X509Certificate> roots, Instant at) {
		X509Certificate leaf = leaf();
		if (leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()) && signedBy(leaf, leaf)) {
			throw new UntrustedCertificateException(
					UntrustedCertificateException.Reason.SELF_SIGNED_LEAF,
					leaf.getSubjectX500Principal().getName());
		}
		if (leaf.getBasicConstraints() >= 0) {
			throw new UntrustedCertificateException(
					UntrustedCertificateException.Reason.LEAF_IS_AUTHORITY,
					leaf.getSubjectX500Principal().getName());
		}
		for (X509Certificate certificate : certificates) {
			try {
				certificate.checkValidity(Date.from(at));
			} catch (CertificateExpiredException | CertificateNotYetValidException ex) {
				throw new UntrustedCertificateException(
						UntrustedCertificateException.Reason.EXPIRED,
						certificate.getSubjectX500Principal().getName());
			}
		}
		Set<TrustAnchor> anchors = new HashSet<>();
		for (X509Certificate root : roots) {
			anchors.add(new TrustAnchor(root, null));
		}
		if (anchors.isEmpty()) {
			throw new UntrustedCertificateException(
					UntrustedCertificateException.Reason.NOT_TRUSTED, "no trusted root");
		}
		List<X509Certificate> path = new ArrayList<>(certificates);
		path.removeIf(c -> roots.contains(c));
		try {
			PKIXParameters parameters = new PKIXParameters(anchors);
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(at));
			CertPathValidator.getInstance("PKIX")
					.validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
		} catch (CertPathValidatorException ex) {
			throw new UntrustedCertificateException(
					UntrustedCertificateException.Reason.NOT_TRUSTED, String.valueOf(ex.getReason()));
		} catch (InvalidAlgorithmParameterException | CertificateException | NoSuchAlgorithmException ex) {
			throw new UntrustedCertificateException(UntrustedCertificateException.Reason.NOT_TRUSTED, ex.getMessage());
		}
	}

	private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		} catch (GeneralSecurityException ex) {
			return false;
		}
	}

	static X509Certificate decode(byte[] der) throws CertificateException {
		return (X509Certificate)
				CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	static byte[] der(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		} catch (CertificateEncodingException ex) {
			throw new IllegalStateException("a parsed certificate encodes", ex);
		}
	}
}
