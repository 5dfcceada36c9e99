package org.socle.curriculum.web;

import java.util.ArrayList;
import java.util.List;

import org.socle.catalog.CurriculumOutline;
import org.socle.curriculum.domain.Curricula;

/**
 * What a coordinator types to build a curriculum, posted whole by every button (add, move, remove,
 * save) so that nothing typed is lost and the page works without JavaScript.
 */
class CurriculumForm {

	private String slug = "";

	private String titleFr = "";

	private String titleEn = "";

	private String summaryFr = "";

	private String summaryEn = "";

	private Long ownerRegion;

	private List<StepForm> steps = new ArrayList<>();

	/** The module chosen in "add a module", and whether it is required. */
	private String addModule = "";

	private boolean addRequired = true;

	/** One module of the curriculum, in the order of the list. */
	public static class StepForm {

		private String module = "";

		private boolean required = true;

		public StepForm() {
		}

		StepForm(String module, boolean required) {
			this.module = module;
			this.required = required;
		}

		public String getModule() {
			return module;
		}

		public void setModule(String module) {
			this.module = module == null ? "" : module.strip();
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

	}

	static CurriculumForm from(Curricula.Version version, String slug) {
		CurriculumForm form = new CurriculumForm();
		form.slug = slug;
		form.titleFr = orEmpty(version.titleFr());
		form.titleEn = orEmpty(version.titleEn());
		form.summaryFr = orEmpty(version.summaryFr());
		form.summaryEn = orEmpty(version.summaryEn());
		version.steps().forEach(step -> form.steps.add(new StepForm(step.module(), step.required())));
		return form;
	}

	Curricula.Draft toDraft() {
		return new Curricula.Draft(slug, titleFr, titleEn, summaryFr, summaryEn, ownerRegion,
				steps.stream().map(step -> new CurriculumOutline.Step(step.getModule(), step.isRequired())).toList());
	}

	/** Whether this module is already in the list. */
	boolean contains(String module) {
		return steps.stream().anyMatch(step -> step.getModule().equals(module));
	}

	void add(String module, boolean required) {
		steps.add(new StepForm(module, required));
	}

	/** Moves a step by {@code offset} places; false when it cannot move (first up, last down, no such step). */
	boolean move(int index, int offset) {
		int target = index + offset;
		if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
			return false;
		}
		steps.add(target, steps.remove(index));
		return true;
	}

	/** Removes a step; its module, or null when there is no such step. */
	String remove(int index) {
		return index < 0 || index >= steps.size() ? null : steps.remove(index).getModule();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug.strip();
	}

	public String getTitleFr() {
		return titleFr;
	}

	public void setTitleFr(String titleFr) {
		this.titleFr = orEmpty(titleFr);
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = orEmpty(titleEn);
	}

	public String getSummaryFr() {
		return summaryFr;
	}

	public void setSummaryFr(String summaryFr) {
		this.summaryFr = orEmpty(summaryFr);
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = orEmpty(summaryEn);
	}

	public Long getOwnerRegion() {
		return ownerRegion;
	}

	public void setOwnerRegion(Long ownerRegion) {
		this.ownerRegion = ownerRegion;
	}

	public List<StepForm> getSteps() {
		return steps;
	}

	public void setSteps(List<StepForm> steps) {
		this.steps = steps == null ? new ArrayList<>() : steps;
	}

	public String getAddModule() {
		return addModule;
	}

	public void setAddModule(String addModule) {
		this.addModule = addModule == null ? "" : addModule.strip();
	}

	public boolean isAddRequired() {
		return addRequired;
	}

	public void setAddRequired(boolean addRequired) {
		this.addRequired = addRequired;
	}

}
