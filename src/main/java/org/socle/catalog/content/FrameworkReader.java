package org.socle.catalog.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.socle.catalog.Competency;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a competency framework file: its domains, each with a stable code, title and hours. */
public class FrameworkReader {

	private static final Pattern CODE = Pattern.compile("D[0-9]+(\\.[0-9]+)*");

	public record Result(Optional<Framework> framework, List<ContentProblem> problems) {
	}

	public Result read(Path file) {
		List<ContentProblem> problems = new ArrayList<>();
		YamlFields fields = new YamlFields(file, problems);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			fields.problem(0, "unreadable", String.valueOf(ex.getMessage()));
			return new Result(Optional.empty(), problems);
		}
		Optional<MappingNode> root = fields.root(text);
		if (root.isEmpty()) {
			return new Result(Optional.empty(), problems);
		}
		String id = fields.scalar(root.get(), "id", true);
		MappingNode title = fields.translations(root.get(), "title", true);
		String titleFr = title == null ? null : fields.scalar(title, "fr", true);
		String titleEn = title == null ? null : fields.scalar(title, "en", false);
		String source = fields.scalar(root.get(), "source", true);
		List<Competency> competencies = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Node item : fields.sequence(root.get(), "domains", true)) {
			if (!(item instanceof MappingNode domain)) {
				fields.problem(YamlFields.line(item), "not-a-mapping", "domains");
				continue;
			}
			String code = fields.scalar(domain, "code", true);
			MappingNode domainTitle = fields.translations(domain, "title", true);
			String fr = domainTitle == null ? null : fields.scalar(domainTitle, "fr", true);
			String en = domainTitle == null ? null : fields.scalar(domainTitle, "en", false);
			int hours = hours(fields, domain);
			if (code != null && !CODE.matcher(code).matches()) {
				fields.problem(YamlFields.line(domain, "code"), "invalid-competency-code", code);
			}
			else if (code != null && !codes.add(code)) {
				fields.problem(YamlFields.line(domain, "code"), "duplicate-competency", code);
			}
			else if (code != null && fr != null) {
				competencies.add(new Competency(code, fr, en, hours));
			}
		}
		return new Result(problems.isEmpty() ? Optional.of(new Framework(id, titleFr, titleEn, source, competencies))
				: Optional.empty(), problems);
	}

	private static int hours(YamlFields fields, MappingNode domain) {
		String value = fields.scalar(domain, "hours", false);
		if (value == null) {
			return 0;
		}
		try {
			int hours = Integer.parseInt(value);
			if (hours >= 0 && hours <= 1000) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		fields.problem(YamlFields.line(domain, "hours"), "invalid-hours", value);
		return 0;
	}

}
