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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * QR codes drawn on the server as PNG images, for cross-device links. Drawing one costs a few
 * milliseconds of CPU (ISO/IEC 18004 §7.8: the encoder tries all eight mask patterns and keeps the
 * one with the lowest penalty), so pages draw a code only when a learner asks to scan it.
 */
public final class QrCodes {

	/** The most a QR code holds in byte mode: version 40 at error correction L (ISO/IEC 18004 Table 7). */
	static final int MAX_BYTES = 2953;

	private QrCodes() {}

	/**
	 * Whether {@code link} fits a QR code: an unsigned request with its whole query may not, once
	 * non-Latin words are percent-encoded. A link has lower-case letters, which only byte mode holds,
	 * so its length in bytes decides without drawing the code.
	 */
	public static boolean fits(String link) {
		// ISO-8859-1 has one byte per character
		return link.length() <= MAX_BYTES
				&& StandardCharsets.ISO_8859_1.newEncoder().canEncode(link);
	}

	/** The QR code of {@code link} as a PNG image; the link must {@linkplain #fits(String) fit}. */
	public static byte[] png(String link) {
		if (!fits(link)) {
			throw new IllegalArgumentException("too long for a QR code: " + link.length() + " characters");
		}
		try {
			BitMatrix matrix = new QRCodeWriter()
					.encode(
							link,
							BarcodeFormat.QR_CODE,
							0,
							0,
							Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.MARGIN, 2));
			return png(matrix, 4);
		} catch (WriterException ex) {
			throw new IllegalArgumentException("not a QR code: " + ex.getMessage(), ex);
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
