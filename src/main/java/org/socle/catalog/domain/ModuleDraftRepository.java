package org.socle.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.socle.catalog.DraftState;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ModuleDraftRepository extends Repository<ModuleDraft, Long> {

	ModuleDraft save(ModuleDraft draft);

	ModuleDraft saveAndFlush(ModuleDraft draft);

	Optional<ModuleDraft> findById(Long id);

	/** The draft with its row locked until the transaction ends: changes of one draft queue here. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from ModuleDraft d where d.id = :id")
	Optional<ModuleDraft> findForUpdate(Long id);

	@Query("select d from ModuleDraft d where d.authorId = :author and d.state in :states order by d.updatedAt desc")
	List<ModuleDraft> findByAuthor(long author, Collection<DraftState> states);

	@Query("select d from ModuleDraft d where d.state = :state and d.authorId <> :person order by d.updatedAt")
	List<ModuleDraft> findInStateByOthers(DraftState state, long person);

	@Query("select d from ModuleDraft d where d.openSlug = :slug")
	Optional<ModuleDraft> findOpen(String slug);

}
