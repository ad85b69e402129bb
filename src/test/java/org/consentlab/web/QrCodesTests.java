package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QrCodesTests {

	@Test
	void fitsWhenTooLongThenNotAndDrawingRefuses() {
		assertThat(QrCodes.fits("openid4vp://?client_id=x509_hash%3Aabc&request_uri=https%3A%2F%2Fh%2Fr"))
				.isTrue();
		// a Cyrillic name percent-encoded takes six bytes a letter: 600 letters pass the 2,953-byte limit
		String name = URLEncoder.encode("Ж".repeat(600), StandardCharsets.UTF_8);
		assertThat(QrCodes.fits("openid4vp://?verifier_info=" + name)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.png("openid4vp://?verifier_info=" + name));
		assertThat(QrCodes.fits("http://h/?name=Ж"))
				.as("not in byte mode's ISO 8859-1")
				.isFalse();
	}

	/** {@link QrCodes#fits} decides without drawing, and agrees with the encoder at the limit. */
	@Property(tries = 12)
	void fitsWhenNearTheLimitThenAgreesWithTheEncoder(@ForAll @IntRange(min = 2940, max = 2965) int length)
			throws Exception {
		String link = "https://h/?q=" + "a".repeat(length - 13);
		if (QrCodes.fits(link)) {
			assertThat(decode(QrCodes.png(link))).isEqualTo(link);
		} else {
			assertThat(link.length()).isGreaterThan(QrCodes.MAX_BYTES);
			assertThatThrownBy(() -> new QRCodeWriter()
							.encode(
									link,
									BarcodeFormat.QR_CODE,
									0,
									0,
									Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L)))
					.isInstanceOf(WriterException.class);
		}
	}

	/** A phone's camera reads back the very link, at the size an unsigned request by value has. */
	@Test
	void pngWhenDecodedByAQrReaderThenTheSameText() throws Exception {
		String link = "openid4vp://?client_id=redirect_uri%3Ahttp%3A%2F%2Flocalhost%3A8080%2Fverifiers%2Fbar%2Fresponse"
				+ "&dcql_query=" + URLEncoder.encode("{\"credentials\":[{\"id\":\"pid\"}]}", StandardCharsets.UTF_8)
				+ "&nonce=" + "n".repeat(43) + "&state=" + "s".repeat(300);
		byte[] png = QrCodes.png(link);

		assertThat(decode(png)).isEqualTo(link);
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getRGB(0, 0))
				.as("the quiet zone is white")
				.isEqualTo(0xFFFFFFFF);
	}

	/** The text a QR reader finds in {@code png}. */
	static String decode(byte[] png) throws IOException, ReaderException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
				.decode(new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
				.getText();
	}
}
