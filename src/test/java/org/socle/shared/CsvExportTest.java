package org.socle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.shared.web.CsvExport;

class CsvExportTest {

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvExport.cell("+33 6 00")).isEqualTo("\"'+33 6 00\"");
		assertThat(CsvExport.cell("-2+3")).isEqualTo("\"'-2+3\"");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(CsvExport.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
		assertThat(CsvExport.cell("Anne-Marie Dupont")).isEqualTo("\"Anne-Marie Dupont\"");
		assertThat(CsvExport.cell(null)).isEqualTo("\"\"");
	}

	@Test
	void theFileIsUtf8WithABomSemicolonsAndOneLinePerRow() {
		var response = CsvExport.file("équipe.csv", List.of("Nom", "Taux"), List.of(List.of("Hélène; \"Lena\"", "80")));
		String text = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\uFEFF\"Nom\";\"Taux\"\r\n\"Hélène; \"\"Lena\"\"\";\"80\"\r\n");
		assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
	}

}
