/**
 * The Lambda settings that decide how an execution environment starts: the language family of
 * the runtime, how the code is packaged and the processor architecture. The names match the
 * scenario format (schema version 2).
 */

/** Runtime families. `rust` stands for a custom runtime (`provided.al2023`) with a Rust binary. */
export const RUNTIME_FAMILIES = [
  'nodejs',
  'python',
  'java',
  'dotnet',
  'ruby',
  'go',
  'rust',
] as const;
export type RuntimeFamily = (typeof RUNTIME_FAMILIES)[number];

export const PACKAGE_TYPES = ['zip', 'image'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const RUNTIME_LABELS: Readonly<Record<RuntimeFamily, string>> = {
  nodejs: 'Node.js',
  python: 'Python',
  java: 'Java',
  dotnet: '.NET',
  ruby: 'Ruby',
  go: 'Go',
  rust: 'Rust (provided.al2023)',
};

/** Runtimes Lambda SnapStart supports (AWS "Improving startup performance with Lambda SnapStart"). */
export const SNAPSTART_RUNTIMES: readonly RuntimeFamily[] = ['java', 'python', 'dotnet'];

export function isRuntimeFamily(value: unknown): value is RuntimeFamily {
  return typeof value === 'string' && (RUNTIME_FAMILIES as readonly string[]).includes(value);
}
export function isPackageType(value: unknown): value is PackageType {
  return value === 'zip' || value === 'image';
}
export function isArchitecture(value: unknown): value is Architecture {
  return value === 'x86_64' || value === 'arm64';
}
