package org.socle.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files as French spreadsheets open them: UTF-8 with a byte order mark, {@code ;} between cells,
 * every cell quoted. A cell that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with an apostrophe, so that an
 * exported name can never run as a formula (CSV injection).
 */
public final class CsvExport {

	private static final String BOM = "\uFEFF";

	private CsvExport() {
	}

	/** The file, header first. */
	public static ResponseEntity<byte[]> file(String fileName, List<String> header, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, header);
		rows.forEach(row -> line(csv, row));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** One cell, quoted, defused if a spreadsheet would read it as a formula. */
	public static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

}
