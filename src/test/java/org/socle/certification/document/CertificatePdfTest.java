package org.socle.certification.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socle.certification.CertificateExamples;
import org.socle.certification.CertificateFacts;
import org.socle.certification.CertificateStatus;
import org.socle.shared.theme.Theme;

class CertificatePdfTest {

	private static final Theme AGENCY = new Theme("ars-bretagne-exemple", "Formations numériques — ARS Bretagne (exemple)",
			"Digital health training — ARS Bretagne (example)", Map.of("color-primary", "#005a5b"), null);

	private final CertificatePdf pdf = new CertificatePdf(AGENCY, CertificateExamples.messages(), "ARS Bretagne");

	@Test
	void theCertificateNamesItsHolderItsNumberAndItsRoleInFrenchThenEnglish() throws IOException {
		String text = text(pdf.render(CertificateExamples.referent("Camille Martin")));

		assertThat(text).contains("Camille Martin", "SOC-2026-000123", "Référent numérique", "Digital referent",
				"Formations numériques — ARS Bretagne (exemple)", "Délivré par ARS Bretagne", "Issued by ARS Bretagne",
				"2 mars 2026", "1 mars 2029", "March 2, 2026", "March 1, 2029");
		assertThat(text.indexOf("est décerné à")).isLessThan(text.indexOf("is awarded to"));
		assertThat(text).doesNotContain("VALIDE");
	}

	@Test
	void theQrCodeOnThePrintedPageLeadsToTheVerificationPage() throws Exception {
		byte[] certificate = pdf.render(CertificateExamples.referent("Camille Martin"));

		assertThat(qrCodeOnFirstPage(certificate, 150)).isEqualTo(CertificateExamples.VERIFICATION_URL.toString());
		assertThat(qrCodeOnFirstPage(certificate, 200)).isEqualTo(CertificateExamples.VERIFICATION_URL.toString());
	}

	@Test
	void theFieldsOfADpcAttestationAreThere() throws IOException {
		String text = text(pdf.render(CertificateExamples.referent("Camille Martin")));

		assertThat(text).contains("Développement professionnel continu (DPC)", "Continuing professional development",
				"CH de Kerlann — Centre de formation", "Formation continue / Continuing education", "Numérique en santé",
				"Formation à distance (e-learning) avec production validée", "7 heures / 7 hours",
				"du 5 janvier 2026 au 27 février 2026", "from January 5, 2026 to February 27, 2026");
	}

	@Test
	void accentedNamesArePrintedAsTheyAre() throws IOException {
		String text = text(pdf.render(CertificateExamples.referent("Chloé Lefèvre-Nöël Çelik")));

		assertThat(text).contains("Chloé Lefèvre-Nöël Çelik");
	}

	@Test
	void charactersTheStandardFontCannotPrintNeverStopTheCertificate() throws Exception {
		byte[] certificate = pdf.render(CertificateExamples.referent("Łucja Ștefănescu 李明 Ωmega"));

		String text = text(certificate);
		// ș and ă lose their accents; Ł, Chinese and Greek letters have no Latin form and become "?".
		assertThat(text).contains("?ucja Stefanescu ?? ?mega", "SOC-2026-000123");
		assertThat(qrCodeOnFirstPage(certificate, 150)).isEqualTo(CertificateExamples.VERIFICATION_URL.toString());
	}

	@Test
	void aRevokedCertificateSaysSoInBothLanguages() throws IOException {
		String text = text(pdf.render(CertificateExamples.referent("Camille Martin", CertificateStatus.REVOKED)));

		assertThat(text).contains("RÉVOQUÉ · REVOKED");
	}

	@Test
	void aCertificateOutsideADpcActionHasNoDpcBox() throws IOException {
		CertificateFacts facts = CertificateExamples.referent("Camille Martin");
		CertificateFacts withoutDpc = new CertificateFacts(facts.number(), facts.holder(), facts.holderName(),
				facts.programmeId(), facts.roleTitleFr(), facts.roleTitleEn(), facts.issuedOn(), facts.expiresOn(),
				facts.status(), facts.verificationUrl(), null);

		assertThat(text(pdf.render(withoutDpc))).contains("Camille Martin").doesNotContain("DPC");
	}

	private static String text(byte[] certificate) throws IOException {
		try (PDDocument document = Loader.loadPDF(certificate)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

	private static String qrCodeOnFirstPage(byte[] certificate, int dpi) throws IOException, NotFoundException {
		try (PDDocument document = Loader.loadPDF(certificate)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
			Result result;
			try {
				result = new QRCodeReader().decode(
						new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			}
			catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
				throw new AssertionError("A QR code was found but could not be read", ex);
			}
			return result.getText();
		}
	}

}
