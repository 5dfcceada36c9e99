package org.socle.certification.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.certification.CertificateFacts;
import org.socle.certification.CertificateFacts.Dpc;
import org.socle.certification.CertificateStatus;
import org.socle.certification.credential.IssuerProfile;
import org.socle.shared.i18n.ShownDates;
import org.socle.shared.theme.ActiveTheme;
import org.socle.shared.theme.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page PDF, A4 landscape: French first with English beneath, in the active
 * theme's name and primary colour, with the holder, the role, the dates, the number, the fields
 * DPC records ask for, and a QR code of the verification URL. A valid certificate does not print
 * "valid": the sheet outlives that state, and the QR code leads to the current one; an expired or
 * revoked certificate says so in red.
 *
 * <p>Text is set in the standard 14 Helvetica, which needs no font file but only encodes WinAnsi;
 * see {@link StandardFontText} for what happens to other characters.
 */
@Component
public class CertificatePdf {

	private static final Logger log = LoggerFactory.getLogger(CertificatePdf.class);

	private static final Pattern HEX_COLOUR = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

	private static final Color DEFAULT_PRIMARY = new Color(0x1d, 0x4f, 0x91);

	private static final Color TEXT = new Color(0x1e, 0x1e, 0x1e);

	private static final Color MUTED = new Color(0x59, 0x59, 0x59);

	private static final Color ALERT = new Color(0xce, 0x05, 0x00);

	private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private static final float MARGIN = 50;

	private static final float QR_SIZE = 110;

	private final Theme theme;

	private final MessageSource messages;

	private final String issuerName;

	@Autowired
	CertificatePdf(ActiveTheme activeTheme, MessageSource messages, IssuerProfile issuer) {
		this(activeTheme.theme(), messages, issuer.name());
	}

	CertificatePdf(Theme theme, MessageSource messages, String issuerName) {
		this.theme = theme;
		this.messages = messages;
		this.issuerName = issuerName;
	}

	/** The PDF, as the bytes of a file to download or attach. */
	public byte[] render(CertificateFacts facts) {
		try (PDDocument document = new PDDocument()) {
			describe(document, facts);
			PDPage page = new PDPage(A4_LANDSCAPE);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				new Layout(document, content, facts).draw();
			}
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			document.save(pdf);
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The certificate " + facts.number() + " could not be rendered", ex);
		}
	}

	private void describe(PDDocument document, CertificateFacts facts) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(fr("certificate.pdf.number", facts.number()) + " — " + facts.holderName());
		info.setSubject(facts.roleTitleFr() + " / " + facts.roleTitleEn());
		info.setAuthor(issuerName);
		info.setCreator("Socle");
		info.setCreationDate(Calendar.getInstance());
		document.getDocumentCatalog().setLanguage("fr-FR");
	}

	private String fr(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

	private String en(String key, Object... args) {
		return messages.getMessage(key, args, Locale.ENGLISH);
	}

	private static String date(LocalDate date, Locale locale) {
		return ShownDates.longDate(date, locale);
	}

	private Color primary() {
		String token = theme.tokens().get("color-primary");
		Matcher hex = token == null ? null : HEX_COLOUR.matcher(token.strip());
		if (hex == null || !hex.matches()) {
			return DEFAULT_PRIMARY;
		}
		String digits = hex.group(1);
		if (digits.length() == 3) {
			digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
					+ digits.charAt(2);
		}
		return new Color(Integer.parseInt(digits, 16));
	}

	/** One page being drawn. */
	private final class Layout {

		private final PDDocument document;

		private final PDPageContentStream content;

		private final CertificateFacts facts;

		private final PDFont regular = new PDType1Font(FontName.HELVETICA);

		private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);

		private final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);

		private final Color primary = primary();

		private final float width = A4_LANDSCAPE.getWidth();

		private final float height = A4_LANDSCAPE.getHeight();

		Layout(PDDocument document, PDPageContentStream content, CertificateFacts facts) {
			this.document = document;
			this.content = content;
			this.facts = facts;
		}

		void draw() throws IOException {
			frame();
			band();
			float y = height - 140;
			centred(fr("certificate.pdf.title").toUpperCase(Locale.FRENCH), bold, 34, primary, y);
			centred(en("certificate.pdf.title"), italic, 15, MUTED, y - 22);

			y -= 62;
			centred(fr("certificate.pdf.awarded-to"), regular, 12, TEXT, y);
			centred(en("certificate.pdf.awarded-to"), italic, 9.5f, MUTED, y - 13);
			centred(facts.holderName(), bold, 28, TEXT, y - 47);

			y -= 80;
			centred(fr("certificate.pdf.for-role"), regular, 12, TEXT, y);
			centred(en("certificate.pdf.for-role"), italic, 9.5f, MUTED, y - 13);
			centred(facts.roleTitleFr(), bold, 20, primary, y - 40);
			if (!facts.roleTitleEn().equals(facts.roleTitleFr())) {
				centred(facts.roleTitleEn(), italic, 13, MUTED, y - 57);
			}

			y -= 88;
			centred(fr("certificate.pdf.validity", date(facts.issuedOn(), Locale.FRENCH), date(facts.expiresOn(), Locale.FRENCH)),
					regular, 11, TEXT, y);
			centred(en("certificate.pdf.validity", date(facts.issuedOn(), Locale.ENGLISH),
					date(facts.expiresOn(), Locale.ENGLISH)), italic, 9.5f, MUTED, y - 13);
			y -= 32;
			centred(fr("certificate.pdf.number", facts.number()) + "   ·   " + en("certificate.pdf.number", facts.number()),
					bold, 11, TEXT, y);
			centred(fr("certificate.pdf.issued-by", issuerName) + "   ·   " + en("certificate.pdf.issued-by", issuerName),
					regular, 9, MUTED, y - 14);
			if (facts.status() != CertificateStatus.VALID) {
				status();
			}
			if (facts.dpc() != null) {
				dpc(facts.dpc());
			}
			verification();
		}

		private void frame() throws IOException {
			content.setStrokingColor(primary);
			content.setLineWidth(2.5f);
			content.addRect(20, 20, width - 40, height - 40);
			content.stroke();
			content.setLineWidth(0.6f);
			content.addRect(27, 27, width - 54, height - 54);
			content.stroke();
		}

		private void band() throws IOException {
			float top = height - 27;
			float bandHeight = 58;
			content.setNonStrokingColor(primary);
			content.addRect(27, top - bandHeight, width - 54, bandHeight);
			content.fill();
			float right = width - MARGIN;
			PDImageXObject logo = logo();
			if (logo != null) {
				float logoHeight = 40;
				float logoWidth = logoHeight * logo.getWidth() / logo.getHeight();
				content.drawImage(logo, right - logoWidth, top - bandHeight + 9, logoWidth, logoHeight);
				right -= logoWidth + 15;
			}
			float available = right - MARGIN;
			line(theme.nameFr(), bold, 17, Color.WHITE, MARGIN, top - 27, available);
			if (!theme.nameEn().equals(theme.nameFr())) {
				line(theme.nameEn(), italic, 10, Color.WHITE, MARGIN, top - 44, available);
			}
		}

		/** Only a PNG logo is drawn: PDFBox cannot draw SVG, and the built-in themes ship SVG. */
		private PDImageXObject logo() {
			if (!theme.hasLogo() || !theme.logo().getFileName().toString().endsWith(".png")) {
				return null;
			}
			try {
				return PDImageXObject.createFromFileByContent(theme.logo().toFile(), document);
			}
			catch (IOException | IllegalArgumentException ex) {
				log.warn("The theme logo {} cannot be drawn on certificates: {}", theme.logo(), ex.getMessage());
				return null;
			}
		}

		private void status() throws IOException {
			String code = facts.status().code();
			String label = (fr("certificate.status." + code) + " · " + en("certificate.status." + code))
				.toUpperCase(Locale.FRENCH);
			float size = 16;
			String shown = StandardFontText.printable(bold, label);
			float labelWidth = bold.getStringWidth(shown) / 1000 * size;
			float x = width - MARGIN - labelWidth - 12;
			float y = height - 140;
			content.setStrokingColor(ALERT);
			content.setLineWidth(2);
			content.addRect(x - 2, y - 8, labelWidth + 16, size + 12);
			content.stroke();
			text(label, bold, size, ALERT, x + 6, y);
		}

		private void dpc(Dpc dpc) throws IOException {
			List<String[]> rows = new ArrayList<>();
			rows.add(row("organisation", dpc.organisation()));
			String actionKey = "certificate.dpc.action-type." + dpc.actionType();
			rows.add(row("action-type", messages.getMessage(actionKey, null, dpc.actionType(), Locale.FRENCH) + " / "
					+ messages.getMessage(actionKey, null, dpc.actionType(), Locale.ENGLISH)));
			if (dpc.orientation() != null) {
				rows.add(row("orientation", dpc.orientation()));
			}
			if (dpc.method() != null) {
				rows.add(row("method", dpc.method()));
			}
			rows.add(row("duration", fr("certificate.pdf.dpc.duration-value", dpc.durationHours()) + " / "
					+ en("certificate.pdf.dpc.duration-value", dpc.durationHours())));
			rows.add(row("period", fr("certificate.pdf.dpc.period-value", date(dpc.startedOn(), Locale.FRENCH),
					date(dpc.endedOn(), Locale.FRENCH)) + " / "
					+ en("certificate.pdf.dpc.period-value", date(dpc.startedOn(), Locale.ENGLISH),
							date(dpc.endedOn(), Locale.ENGLISH))));

			float left = MARGIN;
			float right = width - MARGIN - QR_SIZE - 30;
			float rowHeight = 13;
			float top = 45 + 22 + rows.size() * rowHeight + 8;
			content.setStrokingColor(primary);
			content.setLineWidth(0.8f);
			content.addRect(left, 45, right - left, top - 45);
			content.stroke();
			line(fr("certificate.pdf.dpc.title") + " · " + en("certificate.pdf.dpc.title"), bold, 9.5f, primary, left + 10,
					top - 16, right - left - 20);
			float y = top - 32;
			float valueX = left + 165;
			for (String[] row : rows) {
				line(row[0], bold, 8, TEXT, left + 10, y, valueX - left - 18);
				line(row[1], regular, 8.5f, TEXT, valueX, y, right - valueX - 10);
				y -= rowHeight;
			}
		}

		private String[] row(String field, String value) {
			String key = "certificate.pdf.dpc." + field;
			String fr = fr(key);
			String en = en(key);
			return new String[] { fr.equals(en) ? fr : fr + " / " + en, value };
		}

		private void verification() throws IOException {
			float x = width - MARGIN - QR_SIZE;
			float y = 62;
			new QrCode(facts.verificationUrl().toString()).draw(content, x, y, QR_SIZE);
			float captionWidth = QR_SIZE + 30;
			String caption = fr("certificate.pdf.verify") + " · " + en("certificate.pdf.verify");
			float captionSize = fittedSize(caption, bold, 7.5f, captionWidth);
			String shownCaption = fitted(caption, bold, captionSize, captionWidth);
			text(shownCaption, bold, captionSize, TEXT, x + (QR_SIZE - width(shownCaption, bold, captionSize)) / 2, y - 9);
			// A long URL goes on two lines, broken after its last "/", rather than shrinking out of sight.
			String url = facts.verificationUrl().toString();
			int lastSlash = url.lastIndexOf('/', url.length() - 2);
			List<String> urlLines = width(url, regular, 6.5f) <= captionWidth || lastSlash < 0 ? List.of(url)
					: List.of(url.substring(0, lastSlash + 1), url.substring(lastSlash + 1));
			float lineY = y - 18;
			for (String urlLine : urlLines) {
				float urlSize = fittedSize(urlLine, regular, 6.5f, captionWidth);
				String shownUrl = fitted(urlLine, regular, urlSize, captionWidth);
				text(shownUrl, regular, urlSize, MUTED, x + (QR_SIZE - width(shownUrl, regular, urlSize)) / 2, lineY);
				lineY -= 8;
			}
		}

		/** A line from x, shrunk (down to 60 %) then cut to fit the available width. */
		private void line(String line, PDFont font, float size, Color colour, float x, float y, float available)
				throws IOException {
			float fittedSize = fittedSize(line, font, size, available);
			text(fitted(line, font, fittedSize, available), font, fittedSize, colour, x, y);
		}

		/** A line centred on the page, shrunk (down to 60 %) to fit between the margins. */
		private void centred(String line, PDFont font, float size, Color colour, float y) throws IOException {
			float available = width - 2 * MARGIN - 20;
			float fittedSize = fittedSize(line, font, size, available);
			String shown = fitted(line, font, fittedSize, available);
			text(shown, font, fittedSize, colour, (width - width(shown, font, fittedSize)) / 2, y);
		}

		private float fittedSize(String line, PDFont font, float size, float available) throws IOException {
			float natural = width(line, font, size);
			return natural <= available ? size : Math.max(size * 0.6f, size * available / natural);
		}

		/** The line, cut with an ellipsis if it is still too long at this size. */
		private String fitted(String line, PDFont font, float size, float available) throws IOException {
			String shown = StandardFontText.printable(font, line);
			if (width(shown, font, size) <= available) {
				return shown;
			}
			while (!shown.isEmpty() && width(shown + "…", font, size) > available) {
				shown = shown.substring(0, shown.length() - 1);
			}
			return shown.stripTrailing() + "…";
		}

		private float width(String line, PDFont font, float size) throws IOException {
			return font.getStringWidth(StandardFontText.printable(font, line)) / 1000 * size;
		}

		private void text(String line, PDFont font, float size, Color colour, float x, float y) throws IOException {
			content.beginText();
			content.setFont(font, size);
			content.setNonStrokingColor(colour);
			content.newLineAtOffset(x, y);
			content.showText(StandardFontText.printable(font, line));
			content.endText();
		}

	}

}
