package org.socle.catalog.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.socle.catalog.ModuleDetails.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads fields of one YAML content file as nodes, so that every problem is reported with its line.
 * Problems are added to the list given; reading goes on to report as many as possible at once.
 */
final class YamlFields {

	private final Path file;

	private final List<ContentProblem> problems;

	/** In a lesson, texts are written in the lesson's language only: a plain string stands for both. */
	private final boolean plainTexts;

	YamlFields(Path file, List<ContentProblem> problems) {
		this(file, problems, false);
	}

	YamlFields(Path file, List<ContentProblem> problems, boolean plainTexts) {
		this.file = file;
		this.problems = problems;
		this.plainTexts = plainTexts;
	}

	/** The document's root mapping, or empty (with the problem reported) when the YAML is not one. */
	Optional<MappingNode> root(String text) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			problem(ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1, "yaml-syntax",
					String.valueOf(ex.getProblem()));
			return Optional.empty();
		}
		catch (YAMLException ex) {
			problem(0, "yaml-syntax", String.valueOf(ex.getMessage()));
			return Optional.empty();
		}
		if (!(root instanceof MappingNode mapping)) {
			problem(1, "not-a-mapping", file.getFileName().toString());
			return Optional.empty();
		}
		return Optional.of(mapping);
	}

	String scalar(MappingNode mapping, String key, boolean required) {
		Node node = valueOf(mapping, key);
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return scalar.getValue().strip();
		}
		if (node != null && !(node instanceof ScalarNode)) {
			problem(line(node), "not-a-text", key);
		}
		else if (required) {
			problem(node == null ? line(mapping) : line(node), "missing-field", key);
		}
		return null;
	}

	/** A {fr, en} mapping of texts; French required. */
	MappingNode translations(MappingNode mapping, String key, boolean required) {
		Node node = valueOf(mapping, key);
		if (node instanceof MappingNode nested) {
			return nested;
		}
		if (node != null || required) {
			problem(node == null ? line(mapping) : line(node), "missing-translations", key);
		}
		return null;
	}

	/** A list, possibly empty; a present field that is not a list is a problem. */
	List<Node> sequence(MappingNode mapping, String key, boolean required) {
		Node node = valueOf(mapping, key);
		if (node instanceof SequenceNode sequence) {
			if (required && sequence.getValue().isEmpty()) {
				problem(line(node), "empty-list", key);
			}
			return sequence.getValue();
		}
		if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
			// "authors:" with nothing after it: an empty list, not a wrong type
			if (required) {
				problem(line(node), "empty-list", key);
			}
			return List.of();
		}
		if (node != null || required) {
			problem(node == null ? line(mapping) : line(node), "not-a-list", key);
		}
		return List.of();
	}

	/** A {fr, en} text; French required when the text is. */
	Text text(MappingNode mapping, String key, boolean required) {
		if (plainTexts && valueOf(mapping, key) instanceof ScalarNode) {
			String value = scalar(mapping, key, required);
			return value == null ? null : new Text(value, value);
		}
		MappingNode translations = translations(mapping, key, required);
		return translations == null ? null : new Text(scalar(translations, "fr", true), scalar(translations, "en", false));
	}

	/** A whole number within bounds; {@code fallback} when absent or wrong (and the problem reported). */
	int integer(MappingNode mapping, String key, int min, int max, int fallback, boolean required) {
		String value = scalar(mapping, key, required);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(line(mapping, key), "invalid-number", key, value, String.valueOf(min), String.valueOf(max));
		return fallback;
	}

	static Node valueOf(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	static int line(MappingNode mapping, String key) {
		Node node = valueOf(mapping, key);
		return node == null ? line(mapping) : line(node);
	}

	static int line(Node node) {
		return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
	}

	void problem(int line, String code, String... arguments) {
		problems.add(ContentProblem.of(file, line, code, arguments));
	}

}
