package org.consentlab.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/** QR codes drawn on the server as PNG {@code data:} URIs (allowed by the CSP's img-src), for cross-device links. */
public final class QrCodes {

	private QrCodes() {}

	/**
	 * The QR code of {@code text}, or empty when the text is longer than the largest QR code holds
	 * (version 40 at error correction L: 2,953 bytes), as an unsigned request with its whole query
	 * can be once non-Latin words are percent-encoded.
	 */
	public static Optional<String> dataUri(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter()
					.encode(
							text,
							BarcodeFormat.QR_CODE,
							0,
							0,
							Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 2));
			int scale = 4;
			BufferedImage image = new BufferedImage(
					matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
		} catch (WriterException tooLong) {
			return Optional.empty();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
