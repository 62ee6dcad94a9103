// @ts-check
// A TypeDoc plugin for the project's documentation rules that TypeDoc's own validation does not
// cover: every exported function and value shows an `@example`, and every export has a
// `@category` (model, constructors, combinators, queries) so the reference groups it. A missing
// tag is a warning, which `treatWarningsAsErrors` turns into a failed `pnpm docs`.
import { Application, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const exported = project.getReflectionsByKind(
      ReflectionKind.Function |
        ReflectionKind.Variable |
        ReflectionKind.Class |
        ReflectionKind.Enum |
        ReflectionKind.Interface |
        ReflectionKind.TypeAlias,
    );
    for (const reflection of exported) {
      if (!reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) continue;
      const comments = [
        reflection.comment,
        ...('signatures' in reflection ? (reflection.signatures ?? []) : []).map((s) => s.comment),
      ];
      const has = (/** @type {`@${string}`} */ tag) =>
        comments.some((c) => c?.getTag(tag) !== undefined);
      const name = reflection.getFriendlyFullName();
      const isValue = reflection.kindOf(
        ReflectionKind.Function |
          ReflectionKind.Variable |
          ReflectionKind.Class |
          ReflectionKind.Enum,
      );
      if (isValue && !has('@example')) app.logger.warn(`${name} has no @example.`);
      if (!has('@category')) app.logger.warn(`${name} has no @category.`);
    }
  });
};
