package org.socle.catalog.domain;

import org.socle.catalog.Assessment.Type;

/**
 * A question of each type of the assessment format, ready to be completed by its author: valid as
 * written, so that the editor reports only what the author changes.
 */
final class QuestionTemplates {

	private QuestionTemplates() {
	}

	static String of(Type type, String id) {
		String body = switch (type) {
			case SINGLE_CHOICE -> """
					    type: single-choice
					    prompt: { fr: "Votre question ?", en: "Your question?" }
					    options:
					      - { id: a, text: { fr: "La bonne réponse" }, correct: true, feedback: { fr: "Pourquoi c’est juste." } }
					      - { id: b, text: { fr: "Une erreur fréquente" }, feedback: { fr: "Pourquoi ce n’est pas juste." } }
					      - { id: c, text: { fr: "Une autre erreur" }, feedback: { fr: "Pourquoi ce n’est pas juste." } }
					""";
			case MULTIPLE_CHOICE -> """
					    type: multiple-choice
					    prompt: { fr: "Lesquelles sont justes ?" }
					    options:
					      - { id: a, text: { fr: "Juste" }, correct: true, feedback: { fr: "Pourquoi." } }
					      - { id: b, text: { fr: "Juste aussi" }, correct: true, feedback: { fr: "Pourquoi." } }
					      - { id: c, text: { fr: "Fausse" }, feedback: { fr: "Pourquoi pas." } }
					""";
			case TRUE_FALSE -> """
					    type: true-false
					    prompt: { fr: "Une affirmation à juger." }
					    answer: true
					    feedback: { correct: { fr: "Pourquoi c’est vrai." }, incorrect: { fr: "Pourquoi c’est vrai." } }
					""";
			case ORDERING -> """
					    type: ordering
					    prompt: { fr: "Remettez ces étapes dans l’ordre." }
					    items: [ { fr: "Première étape" }, { fr: "Deuxième étape" }, { fr: "Troisième étape" } ]
					    feedback: { correct: { fr: "Pourquoi cet ordre." }, incorrect: { fr: "L’ordre attendu et pourquoi." } }
					""";
			case MATCHING -> """
					    type: matching
					    prompt: { fr: "Associez chaque élément à sa définition." }
					    pairs:
					      - { left: { fr: "Terme 1" }, right: { fr: "Définition 1" } }
					      - { left: { fr: "Terme 2" }, right: { fr: "Définition 2" } }
					    feedback: { correct: { fr: "Bien vu." }, incorrect: { fr: "Les bonnes associations et pourquoi." } }
					""";
			case NUMERIC -> """
					    type: numeric
					    prompt: { fr: "Calculez…" }
					    answer: 10
					    tolerance: 0.5
					    unit: "%"
					    feedback: { correct: { fr: "Le calcul détaillé." }, incorrect: { fr: "Le calcul détaillé." } }
					""";
			case SHORT_TEXT -> """
					    type: short-text
					    prompt: { fr: "Quel est le nom de… ?" }
					    accepted: [ { fr: "réponse attendue" } ]
					    feedback: { correct: { fr: "Exact." }, incorrect: { fr: "La réponse attendue et pourquoi." } }
					""";
			case CLINICAL_CASE -> """
					    type: clinical-case
					    prompt: { fr: "Que faites-vous de la suggestion ?" }
					    vignette: { fr: "Patient fictif : âge, contexte, données utiles. Jamais de données réelles." }
					    suggestion:
					      text: { fr: "Ce que propose l’outil." }
					      confidence: 0.8
					      rationale: { fr: "Ce que l’outil dit de sa proposition." }
					    expected: amend
					    feedback:
					      accept: { fr: "Pourquoi accepter serait (ou non) raisonnable." }
					      amend: { fr: "Ce qu’il fallait modifier, et pourquoi." }
					      reject: { fr: "Pourquoi rejeter serait (ou non) raisonnable." }
					""";
		};
		return "  - id: " + id + "\n" + body;
	}

	/** The head of a new assessment file: its rules, then the questions. */
	static final String ASSESSMENT_HEAD = """
			pass-mark: 70
			attempts: 3
			time-limit: 0
			draw: 0
			shuffle: true
			feedback: after-submission
			questions:
			""";

}
