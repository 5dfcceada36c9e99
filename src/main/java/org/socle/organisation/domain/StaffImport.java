package org.socle.organisation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.StaffImportReport;
import org.socle.organisation.StaffImportReport.Action;
import org.socle.organisation.StaffImportReport.LineProblem;
import org.socle.organisation.StaffImportReport.PlannedLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the staff of establishments from an HR file: a dry run says, line by line, what would be
 * created or added and what is wrong; an import does it. People are matched by RPPS number, then by
 * e-mail address, so importing the same file again changes nothing. A file with errors imports
 * nothing unless the user explicitly asks for its valid lines only. Each line must fall within the
 * importer's scope (an establishment they manage, a region they coordinate; administrators anywhere).
 */
@Service
public class StaffImport {

	private final OrganisationService organisation;

	private final MembershipRepository memberships;

	private final ScopedRoleRepository scopedRoles;

	private final IdentityApi identity;

	private final Clock clock;

	StaffImport(OrganisationService organisation, MembershipRepository memberships, ScopedRoleRepository scopedRoles,
			IdentityApi identity, Clock clock) {
		this.organisation = organisation;
		this.memberships = memberships;
		this.scopedRoles = scopedRoles;
		this.identity = identity;
		this.clock = clock;
	}

	/** What the file would do; nothing is written. */
	@Transactional(readOnly = true)
	public StaffImportReport dryRun(SoclePrincipal importer, byte[] file) {
		return plan(importer, file, false);
	}

	/**
	 * Imports the file: everything, or with {@code validLinesOnly} the lines without problems. A file
	 * with problems and without that choice imports nothing.
	 */
	@Transactional
	public StaffImportReport importFile(SoclePrincipal importer, byte[] file, boolean validLinesOnly) {
		StaffImportReport plan = plan(importer, file, false);
		if (plan.fileProblem() != null || (plan.hasErrors() && !validLinesOnly)) {
			return plan;
		}
		for (PlannedLine line : plan.lines()) {
			if (line.action() == Action.CREATE || line.action() == Action.ADD_MEMBERSHIP) {
				PersonId person = identity.personByRppsOrEmail(line.rpps(), line.email())
					.map(PersonSummary::id)
					.orElseGet(() -> identity.createStaffMember(line.displayName(), line.email(), line.rpps()));
				Long unit = organisation.findUnit(line.establishment(), line.unit()).orElseThrow().value();
				if (!memberships.hasOpenMembership(person.value(), unit, line.profession(), today())) {
					organisation.startMembership(person.value(), unit, line.profession(), line.startsOn());
				}
			}
		}
		return new StaffImportReport(plan.lines(), null, List.of(), true);
	}

	private StaffImportReport plan(SoclePrincipal importer, byte[] file, boolean imported) {
		StaffCsv.Parsed parsed = StaffCsv.parse(file, new HashSet<>(organisation.professionCodes()));
		if (parsed.fileProblem() != null) {
			return new StaffImportReport(List.of(), parsed.fileProblem().code(), parsed.fileProblem().arguments(), false);
		}
		List<PlannedLine> lines = new ArrayList<>();
		for (StaffCsv.Line line : parsed.lines()) {
			List<LineProblem> problems = new ArrayList<>();
			line.problems().forEach(problem -> problems.add(new LineProblem(problem.code(), problem.arguments())));
			Optional<Long> unit = Optional.empty();
			if (!line.establishment().isEmpty() && !line.unit().isEmpty()) {
				Optional<EstablishmentScope> establishment = organisation.establishmentScope(line.establishment());
				if (establishment.isEmpty()) {
					problems.add(new LineProblem("unknown-establishment", List.of(line.establishment())));
				}
				else if (!covers(importer, establishment.get())) {
					problems.add(new LineProblem("outside-scope", List.of(line.establishment())));
				}
				else {
					unit = organisation.findUnit(line.establishment(), line.unit()).map(found -> found.value());
					if (unit.isEmpty()) {
						problems.add(new LineProblem("unknown-unit", List.of(line.unit(), line.establishment())));
					}
				}
			}
			Action action;
			if (!problems.isEmpty()) {
				action = Action.REJECTED;
			}
			else {
				Optional<PersonSummary> known = identity.personByRppsOrEmail(line.rpps(), line.email());
				if (known.isEmpty()) {
					action = Action.CREATE;
				}
				else if (memberships.hasOpenMembership(known.get().id().value(), unit.orElseThrow(), line.profession(),
						today())) {
					action = Action.UNCHANGED;
				}
				else {
					action = Action.ADD_MEMBERSHIP;
				}
			}
			lines.add(new PlannedLine(line.number(), line.displayName(), line.rpps(), line.email(), line.profession(),
					line.establishment(), line.unit(), line.startsOn(), action, List.copyOf(problems)));
		}
		return new StaffImportReport(List.copyOf(lines), null, List.of(), imported);
	}

	/** An establishment with the region it belongs to, to check scopes. */
	record EstablishmentScope(Long establishmentId, Long regionId) {
	}

	private boolean covers(SoclePrincipal importer, EstablishmentScope establishment) {
		if (importer.hasRole(Role.ADMIN)) {
			return true;
		}
		Set<Role> held = new HashSet<>();
		for (Role role : List.of(Role.MANAGER, Role.COORDINATOR)) {
			if (importer.hasRole(role)) {
				held.add(role);
			}
		}
		return !held.isEmpty() && scopedRoles.covers(importer.personId().value(), held, establishment.establishmentId(),
				establishment.regionId(), today());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
