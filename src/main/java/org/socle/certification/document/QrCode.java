package org.socle.certification.document;

import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares, sharp at any zoom or print resolution. Error correction M
 * (15 %) survives a crumpled or badly printed sheet while keeping modules large.
 */
final class QrCode {

	/** The white border readers need around the code, in modules. */
	static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	QrCode(String content) {
		try {
			this.modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + content, ex);
		}
	}

	/** Draws the code with its quiet zone in a square of {@code size} points whose lower left corner is (x, y). */
	void draw(PDPageContentStream page, float x, float y, float size) throws IOException {
		int count = modules.getWidth();
		float module = size / (count + 2 * QUIET_ZONE);
		float left = x + QUIET_ZONE * module;
		float top = y + size - QUIET_ZONE * module;
		page.setNonStrokingColor(1f, 1f, 1f);
		page.addRect(x, y, size, size);
		page.fill();
		page.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < count; row++) {
			int column = 0;
			while (column < count) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < count && modules.get(column, row)) {
					column++;
				}
				// One rectangle per run of dark modules, slightly overlapping the next row so no hairline shows.
				page.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module + 0.01f);
			}
		}
		page.fill();
	}

}
