package org.socle.organisation.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a staff file as French HR tools export it: {@code ;} separated, UTF-8 with or without a byte
 * order mark, dates as {@code dd/mm/yyyy}, a header line naming the columns (in any order, case and
 * accents ignored). Every line is kept with its problems; nothing here touches the database.
 */
final class StaffCsv {

	static final int MAX_LINES = 10_000;

	static final List<String> REQUIRED = List.of("nom", "prenom", "profession", "etablissement", "unite", "date_debut");

	/** Other names HR tools give the same columns. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("e_mail", "email"),
			Map.entry("courriel", "email"), Map.entry("mail", "email"), Map.entry("adresse_mail", "email"),
			Map.entry("numero_rpps", "rpps"), Map.entry("n_rpps", "rpps"), Map.entry("date_de_debut", "date_debut"),
			Map.entry("debut", "date_debut"), Map.entry("code_etablissement", "etablissement"),
			Map.entry("unite_fonctionnelle", "unite"), Map.entry("service", "unite"));

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern RPPS = Pattern.compile("[0-9]{11}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");

	private StaffCsv() {
	}

	/** One line of the file: its fields, and what is wrong with it (message codes with arguments). */
	record Line(int number, String lastName, String firstName, String rpps, String email, String profession,
			String establishment, String unit, LocalDate startsOn, List<Problem> problems) {

		String displayName() {
			return (firstName + " " + lastName).strip();
		}

		boolean valid() {
			return problems.isEmpty();
		}

	}

	record Problem(String code, List<String> arguments) {

		static Problem of(String code, String... arguments) {
			return new Problem(code, List.of(arguments));
		}

	}

	/** The file's lines, or the reason it cannot be read at all. */
	record Parsed(List<Line> lines, Problem fileProblem) {
	}

	static Parsed parse(byte[] bytes, Set<String> professions) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), Problem.of("not-utf8"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] rows = text.split("\\r?\\n", -1);
		if (rows.length == 0 || rows[0].isBlank()) {
			return new Parsed(List.of(), Problem.of("empty"));
		}
		if (rows.length > MAX_LINES + 2) {
			return new Parsed(List.of(), Problem.of("too-many-lines", String.valueOf(MAX_LINES)));
		}
		Map<String, Integer> columns = new HashMap<>();
		String[] header = rows[0].split(";", -1);
		for (int i = 0; i < header.length; i++) {
			String name = normalise(header[i]);
			columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
		}
		List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
		if (!missing.isEmpty() || (!columns.containsKey("rpps") && !columns.containsKey("email"))) {
			List<String> absent = new ArrayList<>(missing);
			if (!columns.containsKey("rpps") && !columns.containsKey("email")) {
				absent.add("rpps / email");
			}
			return new Parsed(List.of(), Problem.of("missing-columns", String.join(", ", absent)));
		}
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (int r = 1; r < rows.length; r++) {
			if (rows[r].isBlank()) {
				continue;
			}
			String[] cells = rows[r].split(";", -1);
			Map<String, String> values = new HashMap<>();
			columns.forEach((column, index) -> values.put(column, index < cells.length ? clean(cells[index]) : ""));
			lines.add(line(r + 1, values, professions, seen));
		}
		return new Parsed(List.copyOf(lines), null);
	}

	private static Line line(int number, Map<String, String> values, Set<String> professions, Map<String, Integer> seen) {
		List<Problem> problems = new ArrayList<>();
		for (String column : REQUIRED) {
			if (values.getOrDefault(column, "").isEmpty()) {
				problems.add(Problem.of("missing-field", column));
			}
		}
		String rpps = values.getOrDefault("rpps", "").replace(" ", "");
		String email = values.getOrDefault("email", "").toLowerCase(Locale.ROOT);
		if (rpps.isEmpty() && email.isEmpty()) {
			problems.add(Problem.of("needs-rpps-or-email"));
		}
		if (!rpps.isEmpty() && !RPPS.matcher(rpps).matches()) {
			problems.add(Problem.of("invalid-rpps", rpps));
		}
		if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			problems.add(Problem.of("invalid-email", email));
		}
		String profession = values.getOrDefault("profession", "");
		String code = normalise(profession).replace('_', '-');
		if (!profession.isEmpty() && !professions.contains(code)) {
			problems.add(Problem.of("unknown-profession", profession));
		}
		LocalDate startsOn = null;
		String date = values.getOrDefault("date_debut", "");
		if (!date.isEmpty()) {
			try {
				startsOn = LocalDate.parse(date, DATE);
			}
			catch (DateTimeParseException ex) {
				problems.add(Problem.of("invalid-date", date));
			}
		}
		String key = !rpps.isEmpty() ? "rpps:" + rpps : "email:" + email;
		Integer first = seen.putIfAbsent(key, number);
		if (first != null && (!rpps.isEmpty() || !email.isEmpty())) {
			problems.add(Problem.of("duplicate-person", String.valueOf(first)));
		}
		return new Line(number, values.getOrDefault("nom", ""), values.getOrDefault("prenom", ""), rpps.isEmpty() ? null : rpps,
				email.isEmpty() ? null : email, code, values.getOrDefault("etablissement", ""), values.getOrDefault("unite", ""),
				startsOn, List.copyOf(problems));
	}

	/** A column name or a profession as a code: lower case, no accents, words joined by underscores. */
	static String normalise(String text) {
		return Normalizer.normalize(clean(text), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "_")
			.replaceAll("(^_+|_+$)", "");
	}

	/** Cells may come quoted, and spreadsheet tools add spaces. */
	private static String clean(String cell) {
		String value = cell.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
		}
		return value;
	}

}
