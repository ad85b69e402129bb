package org.consentlab.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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
			return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix, 4)));
		} catch (WriterException tooLong) {
			return Optional.empty();
		}
	}

	/**
	 * The matrix as a black-and-white PNG, {@code scale} pixels a module. The bits go straight into
	 * the image's one-bit rows (setting pixels one by one as colours cost tens of milliseconds a code),
	 * and the PNG is written in memory, not through the temporary file ImageIO uses by default.
	 */
	private static byte[] png(BitMatrix matrix, int scale) {
		int width = matrix.getWidth() * scale;
		int height = matrix.getHeight() * scale;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		byte[] rows = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int stride = (width + 7) / 8;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (!matrix.get(x / scale, y / scale)) {
					rows[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8)); // bit set: white
				}
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
			writer.setOutput(out);
			writer.write(image);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		} finally {
			writer.dispose();
		}
		return png.toByteArray();
	}
}
