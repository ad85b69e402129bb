package org.consentlab.credential.x509;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority of the classroom's trust framework: a root, the intermediate it
 * certifies, and the verifiers' access certificates that the intermediate issues. Modelled on the
 * EU wallet's access certificate authorities (ETSI TS 119 411-8): authorities carry basic
 * constraints {@code cA=true} and may only sign certificates; a leaf is never an authority and may
 * only sign (RFC 5280 §4.2.1.3, §4.2.1.9). Every key is ECDSA P-256, every signature
 * SHA256withECDSA.
 */
public final class CertificateAuthority {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The path length that marks a certificate as a leaf, not an authority. */
	private static final int LEAF = -1;

	private final KeyPair keys;

	private final List<X509Certificate> chain;

	private CertificateAuthority(KeyPair keys, List<X509Certificate> chain) {
		this.keys = Objects.requireNonNull(keys);
		this.chain = List.copyOf(chain);
		if (chain.get(0).getBasicConstraints() < 0) {
			throw new IllegalArgumentException(
					"not a certificate authority: " + chain.get(0).getSubjectX500Principal());
		}
	}

	/** An authority restored from storage: its keys and its chain, its own certificate first. */
	public static CertificateAuthority of(KeyPair keys, List<X509Certificate> chain) {
		return new CertificateAuthority(keys, chain);
	}

	/** A new self-signed root, valid from {@code notBefore} for {@code validity}. */
	public static CertificateAuthority root(String commonName, Instant notBefore, Duration validity) {
		KeyPair keys = newKeyPair();
		X500Name name = name(commonName);
		X509Certificate certificate = sign(
				name, keys, name, keys.getPublic(), notBefore, validity, 1, KeyUsage.keyCertSign | KeyUsage.cRLSign);
		return new CertificateAuthority(keys, List.of(certificate));
	}

	/** A new intermediate authority under this one, which may itself issue only leaves. */
	public CertificateAuthority intermediate(String commonName, Instant notBefore, Duration validity) {
		KeyPair subjectKeys = newKeyPair();
		X509Certificate certificate = sign(
				issuerName(),
				keys,
				name(commonName),
				subjectKeys.getPublic(),
				notBefore,
				validity,
				0,
				KeyUsage.keyCertSign | KeyUsage.cRLSign);
		List<X509Certificate> subjectChain = new ArrayList<>();
		subjectChain.add(certificate);
		subjectChain.addAll(chain);
		return new CertificateAuthority(subjectKeys, subjectChain);
	}

	/**
	 * A leaf certificate for {@code subjectKey}: a verifier's access certificate, which may sign
	 * (its requests) and nothing else. The chain it returns is what goes into {@code x5c}: the leaf,
	 * this authority and those above it, without the root.
	 */
	public CertificateChain issue(String commonName, PublicKey subjectKey, Instant notBefore, Duration validity) {
		X509Certificate leaf = sign(
				issuerName(), keys, name(commonName), subjectKey, notBefore, validity, LEAF, KeyUsage.digitalSignature);
		List<X509Certificate> leafChain = new ArrayList<>();
		leafChain.add(leaf);
		leafChain.addAll(chain.subList(0, chain.size() - 1));
		return CertificateChain.of(leafChain);
	}

	/** This authority's own certificate. */
	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** This authority's certificate and those above it, up to and including the root. */
	public List<X509Certificate> chain() {
		return chain;
	}

	/** The root at the top of the chain: what a wallet trusts. */
	public X509Certificate root() {
		return chain.get(chain.size() - 1);
	}

	public KeyPair keys() {
		return keys;
	}

	private X500Name issuerName() {
		return X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
	}

	/** A new P-256 key pair, the only kind this framework issues to. */
	public static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		} catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java has P-256", ex);
		}
	}

	private static X500Name name(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE)
				.addRDN(BCStyle.CN, commonName)
				.addRDN(BCStyle.O, "ConsentLab classroom")
				.build();
	}

	private static X509Certificate sign(
			X500Name issuer,
			KeyPair issuerKeys,
			X500Name subject,
			PublicKey subjectKey,
			Instant notBefore,
			Duration validity,
			int pathLength,
			int keyUsage) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
							issuer,
							new BigInteger(127, RANDOM).add(BigInteger.ONE),
							Date.from(notBefore),
							Date.from(notBefore.plus(validity)),
							subject,
							subjectKey)
					.addExtension(
							Extension.basicConstraints,
							true,
							pathLength == LEAF ? new BasicConstraints(false) : new BasicConstraints(pathLength))
					.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
					.addExtension(
							Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
					.addExtension(
							Extension.authorityKeyIdentifier,
							false,
							extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
			return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
		} catch (CertIOException | OperatorCreationException | GeneralSecurityException ex) {
			throw new IllegalStateException("could not issue a certificate for " + subject, ex);
		}
	}
}
