package org.socle.catalog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.ClinicalCase;
import org.socle.catalog.Assessment.Decision;
import org.socle.catalog.Assessment.Feedback;
import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Pair;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.Assessment.Type;
import org.socle.catalog.ModuleDetails.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a module's {@code assessment.yml}: rules and a question pool of every type of the format,
 * each question checked for what its type needs (options with one or more right answers, items,
 * pairs, a value, accepted answers, or a clinical case) and for feedback.
 */
final class AssessmentReader {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final YamlFields fields;

	AssessmentReader(YamlFields fields) {
		this.fields = fields;
	}

	Assessment read(MappingNode root) {
		int passMark = fields.integer(root, "pass-mark", 0, 100, 80, false);
		int attempts = fields.integer(root, "attempts", 0, 100, 0, false);
		int timeLimit = fields.integer(root, "time-limit", 0, 600, 0, false);
		int draw = fields.integer(root, "draw", 0, 500, 0, false);
		boolean shuffle = !"false".equals(fields.scalar(root, "shuffle", false));
		Feedback feedback = choice(root, "feedback", Feedback.class, Feedback.AFTER_SUBMISSION);
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node item : fields.sequence(root, "questions", true)) {
			if (!(item instanceof MappingNode question)) {
				fields.problem(YamlFields.line(item), "not-a-mapping", "questions");
				continue;
			}
			Question read = question(question);
			if (read != null && !ids.add(read.id())) {
				fields.problem(YamlFields.line(question, "id"), "duplicate-question", read.id());
			}
			if (read != null) {
				questions.add(read);
			}
		}
		if (draw > questions.size()) {
			fields.problem(YamlFields.line(root, "draw"), "draw-too-large", String.valueOf(draw),
					String.valueOf(questions.size()));
		}
		return new Assessment(passMark, attempts, timeLimit, draw, shuffle, feedback, List.copyOf(questions));
	}

	Question question(MappingNode q) {
		String id = fields.scalar(q, "id", true);
		if (id != null && !ID.matcher(id).matches()) {
			fields.problem(YamlFields.line(q, "id"), "invalid-question-id", id);
		}
		Type type = choice(q, "type", Type.class, null);
		int points = fields.integer(q, "points", 1, 100, 1, false);
		Text prompt = fields.text(q, "prompt", true);
		if (type == null) {
			if (fields.scalar(q, "type", false) == null) {
				fields.problem(YamlFields.line(q), "missing-field", "type");
			}
			return null;
		}
		List<Option> options = List.of();
		Boolean answer = null;
		List<Text> items = List.of();
		List<Pair> pairs = List.of();
		Double value = null;
		Double tolerance = null;
		List<Text> accepted = List.of();
		ClinicalCase clinicalCase = null;
		Text correct = null;
		Text incorrect = null;
		switch (type) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> options = options(q, type);
			case TRUE_FALSE -> {
				String value2 = fields.scalar(q, "answer", true);
				if (value2 != null && !value2.equals("true") && !value2.equals("false")) {
					fields.problem(YamlFields.line(q, "answer"), "invalid-true-false", value2);
				}
				answer = Boolean.valueOf(value2);
			}
			case ORDERING -> items = texts(q, "items", 2);
			case MATCHING -> pairs = pairs(q);
			case NUMERIC -> {
				value = decimal(q, "answer", true);
				tolerance = decimal(q, "tolerance", false);
			}
			case SHORT_TEXT -> accepted = texts(q, "accepted", 1);
			case CLINICAL_CASE -> clinicalCase = clinicalCase(q);
		}
		if (type != Type.SINGLE_CHOICE && type != Type.MULTIPLE_CHOICE && type != Type.CLINICAL_CASE) {
			MappingNode feedback = fields.translations(q, "feedback", true);
			if (feedback != null) {
				correct = fields.text(feedback, "correct", true);
				incorrect = fields.text(feedback, "incorrect", true);
			}
		}
		return new Question(id, type, points, prompt, options, answer, items, pairs, value, tolerance,
				fields.scalar(q, "unit", false), accepted, clinicalCase, correct, incorrect);
	}

	private List<Option> options(MappingNode q, Type type) {
		List<Option> options = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node item : fields.sequence(q, "options", true)) {
			if (!(item instanceof MappingNode option)) {
				fields.problem(YamlFields.line(item), "not-a-mapping", "options");
				continue;
			}
			String id = fields.scalar(option, "id", true);
			if (id != null && !ids.add(id)) {
				fields.problem(YamlFields.line(option, "id"), "duplicate-option", id);
			}
			options.add(new Option(id, fields.text(option, "text", true), "true".equals(fields.scalar(option, "correct", false)),
					fields.text(option, "feedback", true)));
		}
		long right = options.stream().filter(Option::correct).count();
		if (options.size() < 2) {
			fields.problem(YamlFields.line(q, "options"), "too-few-options");
		}
		else if (type == Type.SINGLE_CHOICE && right != 1) {
			fields.problem(YamlFields.line(q, "options"), "single-choice-needs-one", String.valueOf(right));
		}
		else if (type == Type.MULTIPLE_CHOICE && right < 1) {
			fields.problem(YamlFields.line(q, "options"), "multiple-choice-needs-one");
		}
		return List.copyOf(options);
	}

	private List<Pair> pairs(MappingNode q) {
		List<Pair> pairs = new ArrayList<>();
		for (Node item : fields.sequence(q, "pairs", true)) {
			if (item instanceof MappingNode pair) {
				pairs.add(new Pair(fields.text(pair, "left", true), fields.text(pair, "right", true)));
			}
			else {
				fields.problem(YamlFields.line(item), "not-a-mapping", "pairs");
			}
		}
		if (!pairs.isEmpty() && pairs.size() < 2) {
			fields.problem(YamlFields.line(q, "pairs"), "too-few-items", "2");
		}
		return List.copyOf(pairs);
	}

	private ClinicalCase clinicalCase(MappingNode q) {
		Text vignette = fields.text(q, "vignette", true);
		MappingNode suggestion = fields.translations(q, "suggestion", true);
		Text proposal = null;
		Text rationale = null;
		Double confidence = null;
		if (suggestion != null) {
			proposal = fields.text(suggestion, "text", true);
			rationale = fields.text(suggestion, "rationale", true);
			confidence = decimal(suggestion, "confidence", true);
			if (confidence != null && (confidence < 0 || confidence > 1)) {
				fields.problem(YamlFields.line(suggestion, "confidence"), "invalid-confidence", String.valueOf(confidence));
			}
		}
		Decision expected = choice(q, "expected", Decision.class, null);
		if (expected == null && fields.scalar(q, "expected", false) == null) {
			fields.problem(YamlFields.line(q), "missing-field", "expected");
		}
		MappingNode feedback = fields.translations(q, "feedback", true);
		Text accept = feedback == null ? null : fields.text(feedback, "accept", true);
		Text amend = feedback == null ? null : fields.text(feedback, "amend", true);
		Text reject = feedback == null ? null : fields.text(feedback, "reject", true);
		return new ClinicalCase(vignette, proposal, confidence == null ? 0 : confidence, rationale, expected, accept,
				amend, reject);
	}

	private List<Text> texts(MappingNode q, String key, int minimum) {
		List<Text> texts = new ArrayList<>();
		for (Node item : fields.sequence(q, key, true)) {
			if (item instanceof MappingNode text) {
				texts.add(new Text(fields.scalar(text, "fr", true), fields.scalar(text, "en", false)));
			}
			else {
				fields.problem(YamlFields.line(item), "missing-translations", key);
			}
		}
		if (!texts.isEmpty() && texts.size() < minimum) {
			fields.problem(YamlFields.line(q, key), "too-few-items", String.valueOf(minimum));
		}
		return List.copyOf(texts);
	}

	private Double decimal(MappingNode mapping, String key, boolean required) {
		String value = fields.scalar(mapping, key, required);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			fields.problem(YamlFields.line(mapping, key), "invalid-decimal", key, value);
			return null;
		}
	}

	private <E extends Enum<E>> E choice(MappingNode mapping, String key, Class<E> type, E fallback) {
		String value = fields.scalar(mapping, key, false);
		if (value == null) {
			return fallback;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
				return constant;
			}
		}
		List<String> allowed = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
		fields.problem(YamlFields.line(mapping, key), "invalid-choice", key, value, String.join(", ", allowed));
		return fallback;
	}

}
