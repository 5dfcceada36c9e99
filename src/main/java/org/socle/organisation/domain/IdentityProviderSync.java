package org.socle.organisation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socle.identity.Role;
import org.socle.identity.SignedInThroughSso;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps memberships and scoped roles in line with the identity provider at each sign-in, within
 * the sign-in's transaction so the first page already shows the right scope. Only what the
 * provider maintains is touched; what it no longer sends is ended, never deleted.
 */
@Component
class IdentityProviderSync {

	private final MembershipRepository memberships;

	private final ScopedRoleRepository scopedRoles;

	private final OrgUnitRepository units;

	private final EstablishmentRepository establishments;

	private final RegionRepository regions;

	private final Clock clock;

	private final MembershipChanges changes;

	IdentityProviderSync(MembershipRepository memberships, ScopedRoleRepository scopedRoles, OrgUnitRepository units,
			EstablishmentRepository establishments, RegionRepository regions, Clock clock, MembershipChanges changes) {
		this.changes = changes;
		this.memberships = memberships;
		this.scopedRoles = scopedRoles;
		this.units = units;
		this.establishments = establishments;
		this.regions = regions;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(SignedInThroughSso signIn) {
		LocalDate today = LocalDate.now(clock);
		Long person = signIn.person().value();
		syncMembership(signIn, person, today);
		syncScopedRoles(signIn, person, today);
	}

	private void syncMembership(SignedInThroughSso signIn, Long person, LocalDate today) {
		Optional<Long> unit = signIn.establishmentCode() == null || signIn.unitName() == null ? Optional.empty()
				: units.findIdByEstablishmentCodeAndName(signIn.establishmentCode(), signIn.unitName());
		String profession = signIn.professionCode();
		boolean wanted = unit.isPresent() && profession != null && memberships.countProfession(profession) > 0;
		boolean kept = false;
		for (Membership current : memberships.findCurrent(person, Source.SSO, today)) {
			if (wanted && !kept && current.isIn(unit.get(), profession)) {
				kept = true;
			}
			else {
				changes.end(current, today);
			}
		}
		if (wanted && !kept) {
			changes.start(new Membership(person, unit.get(), profession, today).maintainedByIdentityProvider(), person,
					unit.get(), profession);
		}
	}

	private void syncScopedRoles(SignedInThroughSso signIn, Long person, LocalDate today) {
		List<ScopedRole> wanted = new ArrayList<>();
		if (signIn.roles().contains(Role.MANAGER) && signIn.establishmentCode() != null) {
			establishments.findIdByCode(signIn.establishmentCode())
				.ifPresent(establishment -> wanted.add(ScopedRole.inEstablishment(person, Role.MANAGER, establishment, today)));
		}
		if (signIn.roles().contains(Role.COORDINATOR) && signIn.regionCode() != null) {
			regions.findIdByCode(signIn.regionCode())
				.ifPresent(region -> wanted.add(ScopedRole.inRegion(person, Role.COORDINATOR, region, today)));
		}
		for (ScopedRole current : scopedRoles.findCurrent(person, Source.SSO, today)) {
			if (!wanted.removeIf(role -> current.isFor(role.role(), role.regionId(), role.establishmentId()))) {
				current.endOn(today);
			}
		}
		wanted.forEach(role -> scopedRoles.save(role.maintainedByIdentityProvider()));
	}

}
