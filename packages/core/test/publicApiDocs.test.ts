// Every public export of @target87/core carries TSDoc with an example: the API's documentation is
// part of the API. This reads the package's entry point with the TypeScript compiler and checks
// each exported symbol's declarations.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const program = ts.createProgram([entry], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
if (source === undefined) throw new Error('cannot read src/index.ts');
const moduleSymbol = checker.getSymbolAtLocation(source);
if (moduleSymbol === undefined) throw new Error('src/index.ts has no exports');

const exported = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declarations = target.getDeclarations() ?? [];
  const tags = declarations.flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text));
  const documented = declarations.some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
  const isValue = declarations.some(
    (d) => !ts.isTypeAliasDeclaration(d) && !ts.isInterfaceDeclaration(d),
  );
  return { name: symbol.getName(), documented, hasExample: tags.includes('example'), isValue };
});

describe('the public API of @target87/core', () => {
  it('exports something', () => {
    expect(exported.length).toBeGreaterThan(50);
  });

  it('documents every export with TSDoc', () => {
    expect(exported.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });

  it('gives every exported function and value an example', () => {
    expect(exported.filter((e) => e.isValue && !e.hasExample).map((e) => e.name)).toEqual([]);
  });
});
