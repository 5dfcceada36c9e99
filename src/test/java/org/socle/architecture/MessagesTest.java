package org.socle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.socle.catalog.Axis;
import org.socle.privacy.RecordKind;

/**
 * Every text a person reads comes from the message bundles, in French and in English.
 */
class MessagesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

	/** Text made only of punctuation, digits or symbols needs no translation. */
	private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{P}\\p{S}\\d]*");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> french = load("messages.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(french);
		assertThat(new TreeSet<>(french)).as("keys missing in French").containsAll(english);
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keysBuiltFromCodesExistForEveryCode() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		for (Axis axis : Axis.values()) {
			assertThat(keys).contains("axis." + axis.code());
		}
		for (org.socle.identity.Role role : org.socle.identity.Role.values()) {
			assertThat(keys).contains("role." + role.name());
		}
		for (org.socle.catalog.DraftState state : org.socle.catalog.DraftState.values()) {
			assertThat(keys).contains("authoring.state." + state.code());
		}
		for (org.socle.catalog.Assessment.Type type : org.socle.catalog.Assessment.Type.values()) {
			assertThat(keys).contains("question.type." + type.code());
		}
		for (RecordKind kind : RecordKind.values()) {
			assertThat(keys).contains("recordKind." + kind.name());
		}
		for (org.socle.certification.CertificateStatus status : org.socle.certification.CertificateStatus.values()) {
			assertThat(keys).contains("certificate.status." + status.code());
		}
		for (String type : org.socle.catalog.CertificationProgrammeOutline.Dpc.ACTION_TYPES) {
			assertThat(keys).contains("certificate.dpc.action-type." + type);
		}
		assertThat(org.socle.catalog.CertificationProgrammeOutline.Dpc.ACTION_TYPES).as("DPC action types").hasSizeGreaterThanOrEqualTo(3);
		String professions = Files
			.readString(RESOURCES.resolve("db/migration/common/organisation/V3__organisation.sql"));
		Matcher profession = Pattern.compile("\\('([a-z\\-]+)'\\)").matcher(professions);
		int count = 0;
		while (profession.find()) {
			assertThat(keys).contains("profession." + profession.group(1));
			count++;
		}
		assertThat(count).as("professions in the reference list").isGreaterThanOrEqualTo(11);
		String reader = Files.readString(Path.of("src/main/java/org/socle/catalog/content/ModuleFolderReader.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/domain/ContentImport.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/content/YamlFields.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/content/AssessmentReader.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/content/FrameworkReader.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/content/ProgrammeReader.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/content/LessonQuestions.java"));
		// The code is the first hyphenated string of each problem(...) call, past its line(...) argument.
		Matcher problem = Pattern
			.compile("(?:problem\\(|ContentProblem\\.of\\()(?:YamlFields\\.line\\([^)]*\\)|[^;\"])*?\"([a-z0-9]+-[a-z0-9\\-]+|unreadable)\"")
			.matcher(reader);
		int problems = 0;
		while (problem.find()) {
			assertThat(keys).contains("content.problem." + problem.group(1));
			problems++;
		}
		assertThat(problems).as("problem codes found in the sources").isGreaterThan(10);
	}

	@Test
	void everyAuthoringRuleSaysWhyInTheUsersLanguage() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		String sources = Files.readString(Path.of("src/main/java/org/socle/catalog/domain/ModuleDraft.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/domain/Authoring.java"))
				+ Files.readString(Path.of("src/main/java/org/socle/catalog/web/AuthoringController.java"));
		Matcher rule = Pattern.compile("(?:DraftRuleViolation\\(|refuse\\(redirect, \"[^\"]*\", )\"([a-z\\-]+)\"").matcher(sources);
		int rules = 0;
		while (rule.find()) {
			assertThat(keys).contains("authoring.rule." + rule.group(1));
			rules++;
		}
		assertThat(rules).as("authoring rules found in the sources").isGreaterThan(10);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (replacesItsText(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!NOT_WORDS.matcher(text.text()).matches() && !insideReplacedElement(element)) {
						hardCoded.add(TEMPLATES.relativize(template) + ": \"" + text.text().strip() + "\"");
					}
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	private static boolean replacesItsText(Element element) {
		return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
				|| element.hasAttr("th:replace")
				|| element.hasAttr("th:insert");
	}

	private static boolean insideReplacedElement(Element element) {
		return element.parents().stream().anyMatch(MessagesTest::replacesItsText);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
