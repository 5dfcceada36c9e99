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

import org.socle.catalog.CertificationProgrammeOutline;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.content.CertificationSource.Dpc;
import org.socle.catalog.content.CertificationSource.Evidence;
import org.socle.catalog.content.CertificationSource.MinimumScore;
import org.socle.catalog.content.CurriculumSource.Step;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads curricula and certification programmes. They reference modules and curricula by id; the
 * ids known to the import are given so that a dangling reference is reported with its line.
 */
public class ProgrammeReader {

	static final Set<String> ROLES = Set.of("referent-numerique", "formateur-interne", "veilleur-reglementaire");

	static final List<String> DPC_ACTION_TYPES = CertificationProgrammeOutline.Dpc.ACTION_TYPES;

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public record Result<T>(Optional<T> value, List<ContentProblem> problems) {
	}

	public Result<CurriculumSource> curriculum(Path file, Set<String> moduleIds) {
		List<ContentProblem> problems = new ArrayList<>();
		YamlFields fields = new YamlFields(file, problems);
		Optional<MappingNode> root = root(file, fields);
		if (root.isEmpty()) {
			return new Result<>(Optional.empty(), problems);
		}
		MappingNode curriculum = root.get();
		String id = id(fields, curriculum, file);
		Text title = fields.text(curriculum, "title", true);
		Text summary = fields.text(curriculum, "summary", false);
		List<Step> steps = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Node item : fields.sequence(curriculum, "modules", true)) {
			if (!(item instanceof MappingNode step)) {
				fields.problem(YamlFields.line(item), "not-a-mapping", "modules");
				continue;
			}
			String module = fields.scalar(step, "module", true);
			if (module != null && !moduleIds.contains(module)) {
				fields.problem(YamlFields.line(step, "module"), "unknown-module", module);
			}
			else if (module != null && !seen.add(module)) {
				fields.problem(YamlFields.line(step, "module"), "duplicate-step", module);
			}
			steps.add(new Step(module, !"false".equals(fields.scalar(step, "required", false))));
		}
		return new Result<>(problems.isEmpty() ? Optional.of(new CurriculumSource(id, title, summary, List.copyOf(steps)))
				: Optional.empty(), problems);
	}

	public Result<CertificationSource> certification(Path file, Set<String> moduleIds, Set<String> curriculumIds) {
		List<ContentProblem> problems = new ArrayList<>();
		YamlFields fields = new YamlFields(file, problems);
		Optional<MappingNode> root = root(file, fields);
		if (root.isEmpty()) {
			return new Result<>(Optional.empty(), problems);
		}
		MappingNode programme = root.get();
		String id = id(fields, programme, file);
		Text title = fields.text(programme, "title", true);
		Text description = fields.text(programme, "description", false);
		String role = fields.scalar(programme, "role", true);
		if (role != null && !ROLES.contains(role)) {
			fields.problem(YamlFields.line(programme, "role"), "invalid-role", role, String.join(", ", ROLES));
		}
		MappingNode criteria = fields.translations(programme, "criteria", true);
		List<String> curricula = new ArrayList<>();
		List<MinimumScore> scores = new ArrayList<>();
		List<Evidence> evidence = new ArrayList<>();
		if (criteria != null) {
			for (Node item : fields.sequence(criteria, "curricula", false)) {
				String curriculum = item instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
				if (curriculum == null || !curriculumIds.contains(curriculum)) {
					fields.problem(YamlFields.line(item), "unknown-curriculum", String.valueOf(curriculum));
				}
				else {
					curricula.add(curriculum);
				}
			}
			for (Node item : fields.sequence(criteria, "minimum-scores", false)) {
				if (item instanceof MappingNode score) {
					String module = fields.scalar(score, "module", true);
					if (module != null && !moduleIds.contains(module)) {
						fields.problem(YamlFields.line(score, "module"), "unknown-module", module);
					}
					scores.add(new MinimumScore(module, fields.integer(score, "score", 0, 100, 0, true)));
				}
				else {
					fields.problem(YamlFields.line(item), "not-a-mapping", "minimum-scores");
				}
			}
			for (Node item : fields.sequence(criteria, "evidence", false)) {
				if (item instanceof MappingNode piece) {
					evidence.add(new Evidence(fields.scalar(piece, "id", true), fields.text(piece, "title", true),
							fields.text(piece, "description", false)));
				}
				else {
					fields.problem(YamlFields.line(item), "not-a-mapping", "evidence");
				}
			}
			if (curricula.isEmpty() && scores.isEmpty() && evidence.isEmpty() && problems.isEmpty()) {
				fields.problem(YamlFields.line(criteria), "no-criteria");
			}
		}
		int validity = fields.integer(programme, "validity-months", 1, 240, 0, true);
		int window = fields.integer(programme, "recertification-window-months", 0, 120, 0, false);
		int grace = fields.integer(programme, "grace-months", 0, 24, 0, false);
		if (window > validity) {
			fields.problem(YamlFields.line(programme, "recertification-window-months"), "window-too-long");
		}
		Dpc dpc = null;
		MappingNode dpcNode = fields.translations(programme, "dpc", false);
		if (dpcNode != null) {
			String actionType = fields.scalar(dpcNode, "action-type", true);
			if (actionType != null && !DPC_ACTION_TYPES.contains(actionType)) {
				fields.problem(YamlFields.line(dpcNode, "action-type"), "invalid-dpc-type", actionType,
						String.join(", ", DPC_ACTION_TYPES));
			}
			dpc = new Dpc(actionType, fields.scalar(dpcNode, "orientation", true), fields.scalar(dpcNode, "method", true),
					fields.integer(dpcNode, "duration-hours", 1, 1000, 0, true));
		}
		return new Result<>(problems.isEmpty()
				? Optional.of(new CertificationSource(id, title, role, description, List.copyOf(curricula),
						List.copyOf(scores), List.copyOf(evidence), validity, window, grace, dpc))
				: Optional.empty(), problems);
	}

	private static Optional<MappingNode> root(Path file, YamlFields fields) {
		try {
			return fields.root(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			fields.problem(0, "unreadable", String.valueOf(ex.getMessage()));
			return Optional.empty();
		}
	}

	private static String id(YamlFields fields, MappingNode mapping, Path file) {
		String id = fields.scalar(mapping, "id", true);
		String expected = file.getFileName().toString().replaceFirst("\\.yml$", "");
		if (id != null && (!ID.matcher(id).matches() || !id.equals(expected))) {
			fields.problem(YamlFields.line(mapping, "id"), "id-mismatch", id, expected);
		}
		return id;
	}

}
