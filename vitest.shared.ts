import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/** Every package's tests resolve workspace packages to their TypeScript sources. */
export const createProject = (name: string, test: UserWorkspaceConfig['test'] = {}) =>
  defineProject({
    resolve: { conditions: ['@target87/source'] },
    ssr: { resolve: { conditions: ['@target87/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      ...test,
    },
  });
