import type { FastifyInstance } from 'fastify';

import { defaultProject, type ProjectContext } from '../../core/project/index.js';

const projects = new WeakMap<FastifyInstance, ProjectContext>();

/** Ties the app to its project (its forms and texts), for code that has a request but was not given the project. */
export function setServerProject(app: FastifyInstance, project: ProjectContext): void {
  projects.set(app, project);
}

/** The project of the app a request came to (qujat's own for an app made otherwise). */
export function serverProject(app: FastifyInstance): ProjectContext {
  return projects.get(app) ?? defaultProject();
}
