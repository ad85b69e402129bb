package org.consentlab.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The QR code of a link into this app, drawn when a learner opens "scan with another device" on an
 * issuer's or a verifier's page. The page names the link by its path; the code carries the app's
 * public address in front, so a phone on the classroom network reaches the same app.
 */
@Controller
class QrController {

	static final String PATH = "/qr.png";

	private final Loopback loopback;

	QrController(Loopback loopback) {
		this.loopback = loopback;
	}

	/**
	 * The image, cached by the browser for an hour: the same path always draws the same code, and a
	 * link with a one-time code in it stays in this browser's private cache.
	 */
	@GetMapping(PATH)
	ResponseEntity<byte[]> qr(@RequestParam(name = "path", defaultValue = "") String path) {
		if (!LanguageController.isLocalPath(path)) {
			throw new BadInputException("path", "error.qr.path");
		}
		String link = loopback.publicUrl(path);
		if (!QrCodes.fits(link)) {
			throw new BadInputException("path", "error.qr.too-long");
		}
		return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.body(QrCodes.png(link));
	}
}
