package org.consentlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTests {

	private static final String PREFIX = "data:image/png;base64,";

	@Test
	void dataUriWhenTextFitsThenPngAndWhenTooLongThenEmpty() {
		assertThat(QrCodes.dataUri("openid4vp://?client_id=x509_hash%3Aabc&request_uri=https%3A%2F%2Fh%2Fr"))
				.hasValueSatisfying(uri -> assertThat(uri).startsWith(PREFIX));
		// a Cyrillic name percent-encoded takes six bytes a letter: 600 letters pass the 2,953-byte limit
		String name = URLEncoder.encode("Ж".repeat(600), StandardCharsets.UTF_8);
		assertThat(QrCodes.dataUri("openid4vp://?verifier_info=" + name)).isEmpty();
	}

	/** A phone's camera reads back the very link, at the size an unsigned request by value has. */
	@Test
	void dataUriWhenDecodedByAQrReaderThenTheSameText() throws Exception {
		String link = "openid4vp://?client_id=redirect_uri%3Ahttp%3A%2F%2Flocalhost%3A8080%2Fverifiers%2Fbar%2Fresponse"
				+ "&dcql_query=" + URLEncoder.encode("{\"credentials\":[{\"id\":\"pid\"}]}", StandardCharsets.UTF_8)
				+ "&nonce=" + "n".repeat(43) + "&state=" + "s".repeat(300);
		String uri = QrCodes.dataUri(link).orElseThrow();

		BufferedImage image =
				ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(PREFIX.length()))));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String read = new QRCodeReader()
				.decode(new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
				.getText();

		assertThat(read).isEqualTo(link);
		assertThat(image.getRGB(0, 0)).as("the quiet zone is white").isEqualTo(0xFFFFFFFF);
	}
}
