package org.socle.learning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.ModuleDetails.Text;

/**
 * What a learner answered to one question, as the server keeps it.
 *
 * @param choices option ids (choice questions), {@code true}/{@code false}, item indexes in the order
 *                given (ordering), the index of the right-hand item chosen for each left-hand item in
 *                order (matching), or the decision (clinical case: accept, amend, reject)
 * @param text    the value (numeric), the answer (short text) or the justification (clinical case)
 */
public record Answer(List<String> choices, String text) {

	public Answer {
		choices = choices == null ? List.of() : List.copyOf(choices);
		text = text == null ? "" : text.strip();
	}

	public boolean isBlank() {
		return choices.stream().allMatch(String::isBlank) && text.isEmpty();
	}

	/**
	 * Whether this answer is right. Decided here, on the server, from the question's published expected
	 * answer only: all or nothing per question, tolerance for numbers, case and accents ignored for
	 * short texts, the decision (not the justification) for clinical cases.
	 */
	public boolean isCorrectFor(Question question) {
		return switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> java.util.Set.copyOf(choices)
				.equals(question.options().stream().filter(Option::correct).map(Option::id)
					.collect(java.util.stream.Collectors.toSet()))
					&& choices.size() == java.util.Set.copyOf(choices).size();
			case TRUE_FALSE -> choices.size() == 1 && choices.get(0).equals(String.valueOf(question.answer()));
			case ORDERING -> choices.equals(indexes(question.items().size()));
			case MATCHING -> choices.equals(indexes(question.pairs().size()));
			case NUMERIC -> number(text) != null && question.numericAnswer() != null
					&& Math.abs(number(text) - question.numericAnswer()) <= (question.tolerance() == null ? 0 : question.tolerance()) + 1e-9;
			case SHORT_TEXT -> !text.isEmpty() && question.accepted().stream()
				.flatMap(accepted -> java.util.stream.Stream.of(accepted.fr(), accepted.en()))
				.filter(java.util.Objects::nonNull)
				.anyMatch(accepted -> normalised(accepted).equals(normalised(text)));
			case CLINICAL_CASE -> choices.size() == 1 && question.caseDetails().expected() != null
					&& choices.get(0).equals(question.caseDetails().expected().name().toLowerCase(Locale.ROOT));
		};
	}

	/** The answer the author expects: what a learner who knows would give (demonstration data uses it). */
	public static Answer expectedFor(Question question) {
		return switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer(
					question.options().stream().filter(Option::correct).map(Option::id).toList(), null);
			case TRUE_FALSE -> new Answer(List.of(String.valueOf(question.answer())), null);
			case ORDERING -> new Answer(indexes(question.items().size()), null);
			case MATCHING -> new Answer(indexes(question.pairs().size()), null);
			case NUMERIC -> new Answer(List.of(), String.valueOf(question.numericAnswer()));
			case SHORT_TEXT -> new Answer(List.of(), question.accepted().stream().map(Text::fr).findFirst().orElse(""));
			case CLINICAL_CASE -> new Answer(List.of(question.caseDetails().expected().name().toLowerCase(Locale.ROOT)),
					"Décision justifiée au regard du cas.");
		};
	}

	private static List<String> indexes(int size) {
		List<String> indexes = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			indexes.add(String.valueOf(i));
		}
		return indexes;
	}

	/** A number written the French way (comma) or the English way (point); null when it is not one. */
	static Double number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String normalised(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\p{Punct}’]+", " ")
			.strip();
	}

}
