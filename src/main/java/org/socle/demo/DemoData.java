package org.socle.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demonstration site once, after the content import, all or nothing. The places and
 * people are fictional.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnBooleanProperty("socle.demo-data")
class DemoData implements ApplicationRunner {

	/** After the content import (order 100), so demo learners can have progress. */
	static final int ORDER = 200;

	static final String PASSWORD = "socle-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final IdentityApi identity;

	private final OrganisationApi organisation;

	private final CatalogApi catalog;

	private final LearningApi learning;

	private final AssessmentApi assessments;

	private final LocalDate since;

	DemoData(IdentityApi identity, OrganisationApi organisation, CatalogApi catalog, LearningApi learning,
			AssessmentApi assessments, Clock clock) {
		this.assessments = assessments;
		this.identity = identity;
		this.organisation = organisation;
		this.catalog = catalog;
		this.learning = learning;
		this.since = LocalDate.now(clock).minusYears(1);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (identity.personByUsername("admin").isPresent()) {
			return;
		}
		RegionId bretagne = organisation.createRegion("bretagne", "ARS Bretagne");
		RegionId occitanie = organisation.createRegion("occitanie", "ARS Occitanie");
		EstablishmentId kerlann = organisation.createEstablishment(bretagne, "ch-kerlann",
				"Centre hospitalier de Kerlann");
		EstablishmentId genets = organisation.createEstablishment(bretagne, "ehpad-genets", "EHPAD Les Genêts");
		EstablishmentId lauragais = organisation.createEstablishment(occitanie, "ch-val-lauragais",
				"Centre hospitalier du Val-de-Lauragais");
		EstablishmentId garonne = organisation.createEstablishment(occitanie, "ssiad-garonne", "SSIAD Rive-Garonne");
		UnitId medicine = organisation.createUnit(kerlann, "Médecine polyvalente");
		UnitId emergency = organisation.createUnit(kerlann, "Urgences");
		UnitId pharmacy = organisation.createUnit(kerlann, "Pharmacie à usage intérieur");
		UnitId living = organisation.createUnit(genets, "Unité de vie Les Bruyères");
		UnitId cardiology = organisation.createUnit(lauragais, "Cardiologie");
		UnitId paediatrics = organisation.createUnit(lauragais, "Pédiatrie");
		UnitId homeCare = organisation.createUnit(garonne, "Soins infirmiers à domicile");

		PersonId learner = account("learner", "Camille Martin", EnumSet.of(Role.LEARNER), medicine, "infirmier");
		account("trainer", "Julien Le Goff", EnumSet.of(Role.LEARNER, Role.TRAINER), medicine, "cadre-de-sante");
		// A second trainer, so that a module written by one can be reviewed by the other.
		account("trainer2", "Nadia Benali", EnumSet.of(Role.LEARNER, Role.TRAINER), emergency, "infirmier");
		PersonId manager = account("manager", "Sophie Bernard", EnumSet.of(Role.LEARNER, Role.MANAGER), medicine,
				"cadre-de-sante");
		organisation.grantEstablishmentRole(manager, Role.MANAGER, kerlann, since);
		PersonId coordinator = account("coordinator", "Yann Quéré", EnumSet.of(Role.COORDINATOR), null, null);
		organisation.grantRegionRole(coordinator, Role.COORDINATOR, bretagne, since);
		PersonId coordinator2 = account("coordinator2", "Inès Garcia", EnumSet.of(Role.COORDINATOR), null, null);
		organisation.grantRegionRole(coordinator2, Role.COORDINATOR, occitanie, since);
		account("admin", "Claire Administratrice", EnumSet.of(Role.ADMIN), null, null);

		List<StaffMember> staff = List.of(
				new StaffMember("Louise Morel", emergency, "infirmier"),
				new StaffMember("Hugo Lefèvre", emergency, "medecin"),
				new StaffMember("Nathalie Roux", emergency, "aide-soignant"),
				new StaffMember("Karim Haddad", medicine, "medecin"),
				new StaffMember("Émilie Fournier", medicine, "aide-soignant"),
				new StaffMember("Thomas Girard", medicine, "masseur-kinesitherapeute"),
				new StaffMember("Sarah Bonnet", pharmacy, "pharmacien"),
				new StaffMember("Lucas Dupuis", pharmacy, "preparateur-pharmacie"),
				new StaffMember("Anne Kerouac", pharmacy, "secretaire-medicale"),
				new StaffMember("Gwenaëlle Le Bihan", living, "aide-soignant"),
				new StaffMember("Marc Tanguy", living, "infirmier"),
				new StaffMember("Fatou Diallo", living, "aide-soignant"),
				new StaffMember("Paul Le Gall", living, "medecin"),
				new StaffMember("Chantal Jaouen", living, "personnel-administratif"),
				new StaffMember("Élodie Marty", cardiology, "infirmier"),
				new StaffMember("Jean Castel", cardiology, "medecin"),
				new StaffMember("Mathilde Roques", cardiology, "manipulateur-radio"),
				new StaffMember("Nicolas Vidal", paediatrics, "medecin"),
				new StaffMember("Laura Sabatier", paediatrics, "sage-femme"),
				new StaffMember("Ahmed Benali", paediatrics, "infirmier"),
				new StaffMember("Julie Cazals", paediatrics, "aide-soignant"),
				new StaffMember("Pierre Fabre", homeCare, "infirmier"),
				new StaffMember("Sylvie Bousquet", homeCare, "aide-soignant"),
				new StaffMember("Romain Delmas", homeCare, "travailleur-social"),
				new StaffMember("Agnès Puech", homeCare, "cadre-de-sante"));
		int index = 0;
		List<PersonId> staffIds = new ArrayList<>();
		for (StaffMember member : staff) {
			staffIds.add(account("demo-" + (++index), member.name(), EnumSet.of(Role.LEARNER), member.unit(),
					member.profession()));
		}
		startLearning(learner, staffIds);
		log.info("Demo data created: accounts learner, trainer, trainer2, manager, coordinator, coordinator2 and admin"
				+ " (password '{}') and {} other staff members", PASSWORD, staff.size());
	}

	/** The demo learner has one module in progress and one completed; some colleagues have started too. */
	private void startLearning(PersonId learner, List<PersonId> colleagues) {
		List<ModuleOutline> modules = catalog.currentModules();
		if (modules.isEmpty()) {
			log.warn("No module in the catalogue: demo learners have no progress");
			return;
		}
		ModuleOutline first = modules.get(0);
		learning.enrol(learner, first.slug());
		learning.recordLessonRead(learner, first.slug(), first.lessons().get(0).slug());
		if (modules.size() > 1) {
			complete(learner, modules.get(1));
		}
		for (int i = 0; i < colleagues.size(); i += 3) {
			PersonId colleague = colleagues.get(i);
			ModuleOutline module = modules.get(i % modules.size());
			learning.enrol(colleague, module.slug());
			int read = (i / 3) % (module.lessons().size() + 1);
			module.lessons()
				.stream()
				.limit(read)
				.forEach(lesson -> learning.recordLessonRead(colleague, module.slug(), lesson.slug()));
		}
	}

	/** Reads every lesson and passes the assessment as a learner who knows the answers would. */
	private void complete(PersonId person, ModuleOutline module) {
		learning.enrol(person, module.slug());
		module.lessons().forEach(lesson -> learning.recordLessonRead(person, module.slug(), lesson.slug()));
		catalog.assessment(module.versionId()).ifPresent(assessment -> {
			int attempt = assessments.start(person, module.slug());
			Map<String, Answer> answers = new java.util.HashMap<>();
			assessment.questions().forEach(question -> answers.put(question.id(), Answer.expectedFor(question)));
			assessments.submit(person, module.slug(), attempt, answers);
		});
	}

	/** Only the six role accounts can sign in; the others are staff records without a password. */
	private PersonId account(String username, String name, Set<Role> roles, UnitId unit, String profession) {
		boolean canSignIn = !username.startsWith("demo-");
		String email = username + "@demo.socle.invalid";
		PersonId person = identity
			.createAccount(new NewAccount(username, name, email, roles, canSignIn ? PASSWORD : null));
		if (unit != null) {
			organisation.addMembership(person, unit, profession, since);
		}
		return person;
	}

	private record StaffMember(String name, UnitId unit, String profession) {
	}

}
