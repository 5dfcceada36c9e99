package org.socle.catalog;

/**
 * A lesson ready to show: its HTML is rendered from Markdown and sanitised, so templates may
 * insert it as is.
 */
public record LessonContent(LessonRef lesson, String safeHtml) {
}
