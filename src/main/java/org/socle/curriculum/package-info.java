/**
 * Curricula: ordered sets of modules, assignments to organisation units, professions, roles or people with due dates; overdue lists and reminders. Built in the organisations-and-curricula issue.
 */
@ApplicationModule(displayName = "Curricula", allowedDependencies = { "shared", "identity", "organisation", "catalog", "learning", "notification", "certification" })
package org.socle.curriculum;

import org.springframework.modulith.ApplicationModule;
