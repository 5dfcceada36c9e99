package org.socle.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

	Person save(Person person);

	Optional<Person> findById(Long id);

	Optional<Person> findByUsername(String username);

	Optional<Person> findByRpps(String rpps);

	Optional<Person> findFirstByEmailIgnoreCase(String email);

	boolean existsByUsername(String username);

	Optional<Person> findByExternalSubject(String externalSubject);

	List<Person> findAllByOrderByDisplayNameAsc(org.springframework.data.domain.Limit limit);

	/** Summaries only: no roles collection is loaded, so listing many people stays one query. */
	@Query("select new org.socle.identity.domain.PersonRow(p.id, p.username, p.displayName) from Person p where p.id in :ids")
	List<PersonRow> findSummaries(Collection<Long> ids);

	@Query("select p.id, p.email from Person p where p.id in :ids and p.email is not null and p.enabled = true")
	List<Object[]> findEmails(Collection<Long> ids);

	@Query("select p.id from Person p join p.roles r where r = :role and p.id in :ids")
	List<Long> findIdsWithRole(org.socle.identity.Role role, Collection<Long> ids);

}
