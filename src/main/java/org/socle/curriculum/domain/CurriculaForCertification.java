package org.socle.curriculum.domain;

import java.util.List;

import org.socle.catalog.CurriculumOutline;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.certification.CertifiableCurricula;
import org.springframework.stereotype.Component;

/** The current version of every curriculum, offered to certification programmes as a criterion. */
@Component
class CurriculaForCertification implements CertifiableCurricula {

	private final CurriculumVersions versions;

	CurriculaForCertification(CurriculumVersions versions) {
		this.versions = versions;
	}

	@Override
	public List<Offered> offered() {
		return versions.current()
			.stream()
			.map(version -> new Offered(version.slug(), new Text(version.titleFr(), version.titleEn()),
					version.steps().stream().filter(CurriculumOutline.Step::required).map(CurriculumOutline.Step::module).toList()))
			.toList();
	}

}
