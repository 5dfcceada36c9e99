package org.socle.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogModuleRepository extends Repository<CatalogModule, Long> {

	CatalogModule save(CatalogModule module);

	Optional<CatalogModule> findBySlug(String slug);

	@Query("select m.currentVersionId from CatalogModule m where m.slug = :slug")
	Optional<Long> findCurrentVersionId(String slug);

}

interface ModuleVersionRepository extends Repository<ModuleVersion, Long> {

	ModuleVersion save(ModuleVersion version);

	Optional<ModuleVersion> findById(Long id);

	@Query("select distinct v from ModuleVersion v left join fetch v.lessons"
			+ " where v.id in (select m.currentVersionId from CatalogModule m)")
	List<ModuleVersion> findCurrent();

	@Query("select distinct v from ModuleVersion v left join fetch v.lessons"
			+ " where v.id = (select m.currentVersionId from CatalogModule m where m.slug = :slug)")
	Optional<ModuleVersion> findCurrentBySlug(String slug);

	@Query(value = "insert into catalog_version_competency (version_id, code) values (:version, :code)",
			nativeQuery = true)
	@org.springframework.data.jpa.repository.Modifying
	void tagWithCompetency(Long version, String code);

	/** Content hashes of a module's versions from one origin, the latest first. */
	@Query("select v.contentHash from ModuleVersion v where v.slug = :slug and v.origin = :origin"
			+ " order by v.versionNumber desc")
	List<String> findHashesOfOrigin(String slug, String origin);

	@Query("select distinct v from ModuleVersion v left join fetch v.lessons where v.slug = :slug")
	List<ModuleVersion> findAllOfModule(String slug);

	@Query("select distinct v from ModuleVersion v left join fetch v.lessons where v.id in :ids")
	List<ModuleVersion> findWithLessons(Collection<Long> ids);

}

interface LessonBodyRepository extends Repository<LessonBody, Long> {

	LessonBody save(LessonBody body);

	Optional<LessonBody> findById(Long lessonId);

	List<LessonBody> findByLessonIdIn(Collection<Long> lessonIds);

}

interface CompetencyRepository extends Repository<CompetencyEntry, String> {

	CompetencyEntry save(CompetencyEntry competency);

	List<CompetencyEntry> findAll();

}
