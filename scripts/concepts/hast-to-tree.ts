/**
 * hast (the HTML syntax tree remark-rehype makes) to the compact page tree of
 * src/features/learn/concept-types.ts. Allowlists, not blocklists: a tag or property not named
 * here is dropped, so nothing a parser update or a new plugin might emit can reach the page as a
 * script, an event handler or an unsafe URL.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type {
  MarkdownNode,
  MarkdownProps,
  MarkdownStyle,
  MarkdownTag,
} from '../../src/ui/learn-content/concept-types.ts';

/**
 * What GFM markdown becomes in hast (mdast-util-to-hast), raw HTML aside; `satisfies` keeps it
 * and the MarkdownTag type the same list.
 */
const TAGS = new Set(
  Object.keys({
    a: true,
    blockquote: true,
    br: true,
    code: true,
    del: true,
    em: true,
    h1: true,
    h2: true,
    h3: true,
    h4: true,
    h5: true,
    h6: true,
    hr: true,
    img: true,
    input: true,
    li: true,
    ol: true,
    p: true,
    pre: true,
    section: true,
    strong: true,
    sup: true,
    table: true,
    tbody: true,
    td: true,
    th: true,
    thead: true,
    tr: true,
    ul: true,
  } satisfies Record<MarkdownTag, true>),
);

/** Properties besides id, className, title, aria-* and data-*, per tag. */
const TAG_PROPS: Partial<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt'],
  ol: ['start'],
  input: ['type', 'checked', 'disabled'], // task-list checkboxes, always disabled
};
const GLOBAL_PROPS = new Set(['id', 'className', 'title']);

/** Block elements: whitespace next to them is source formatting, not a space in the text. */
const BLOCKS = new Set([
  ...['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre'],
  ...['section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'],
]);
/** Elements whose whitespace-only text is always formatting (React rejects it inside tables). */
const CONTAINERS = new Set([
  'root',
  'blockquote',
  'ol',
  'section',
  'table',
  'tbody',
  'thead',
  'tr',
  'ul',
]);

const SAFE_PROTOCOL = /^(https?|ircs?|mailto|xmpp)$/i;

/**
 * The URL if it is relative or uses a safe protocol, else undefined. The same rule as
 * react-markdown's defaultUrlTransform (and micromark's sanitizeUri): an allowlist of protocols,
 * so `javascript:`, `data:`, `vbscript:` and any disguise of them (`java\nscript:`) are dropped.
 *
 * @example
 * safeUrl('#/learn/pricing'); // '#/learn/pricing'
 * safeUrl('JavaScript:alert(1)'); // undefined
 */
export function safeUrl(url: string): string | undefined {
  const colon = url.indexOf(':');
  const before = (char: string) => {
    const at = url.indexOf(char);
    return at !== -1 && at < colon;
  };
  if (colon === -1 || before('/') || before('?') || before('#')) return url;
  return SAFE_PROTOCOL.test(url.slice(0, colon)) ? url : undefined;
}

/** A hast property name as React's (`ariaDescribedBy` → `aria-describedby`), if allowed. */
function reactName(tag: string, name: string): string | undefined {
  if (GLOBAL_PROPS.has(name) || TAG_PROPS[tag]?.includes(name)) return name;
  if (/^aria[A-Z]/.test(name)) return `aria-${name.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(name))
    return `data${name.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return undefined;
}

function propValue(name: string, value: unknown): string | number | boolean | undefined {
  if (Array.isArray(value)) return value.join(' '); // className, aria-describedby: space-separated
  if (typeof value === 'boolean') {
    // A boolean data attribute is present (""), or absent; form booleans stay booleans for React.
    if (name.startsWith('data-')) return value ? '' : undefined;
    if (name.startsWith('aria-')) return String(value);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'number') return value;
  return undefined;
}

function propsOf(node: Element): MarkdownProps | null {
  const props: Record<string, string | number | boolean | MarkdownStyle> = {};
  for (const [name, raw] of Object.entries(node.properties)) {
    const align = (node.tagName === 'td' || node.tagName === 'th') && name === 'align';
    if (align && (raw === 'left' || raw === 'right' || raw === 'center')) {
      props.style = { textAlign: raw }; // as react-markdown did: `align` is obsolete HTML
      continue;
    }
    const key = reactName(node.tagName, name);
    let value = key === undefined ? undefined : propValue(key, raw);
    if (key === 'href' || key === 'src') value = safeUrl(String(value ?? ''));
    if (key !== undefined && value !== undefined) props[key] = value;
  }
  return Object.keys(props).length > 0 ? props : null;
}

type Parent = Root | Element;
type Child = RootContent | ElementContent;

function isFormatting(child: Child, index: number, parent: Parent): boolean {
  if (child.type !== 'text' || !/^\s*\n\s*$/.test(child.value)) return false;
  const tag = parent.type === 'root' ? 'root' : parent.tagName;
  if (CONTAINERS.has(tag)) return true;
  if (tag !== 'li') return false;
  // A loose list item's paragraphs are separated by newlines; a tight one's inline text is not.
  const block = (node: Child | undefined) => node?.type === 'element' && BLOCKS.has(node.tagName);
  return block(parent.children[index - 1]) || block(parent.children[index + 1]);
}

function childrenOf(parent: Parent): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  parent.children.forEach((child, index) => {
    if (isFormatting(child, index, parent)) return;
    for (const node of convert(child)) {
      const last = out.length - 1;
      // Dropped raw HTML leaves text split in pieces ("Some ", "bold", " text"): join them.
      if (typeof node === 'string' && typeof out[last] === 'string') out[last] += node;
      else out.push(node);
    }
  });
  return out;
}

function convert(node: Child): MarkdownNode[] {
  if (node.type === 'text') return node.value === '' ? [] : [node.value];
  // Comments, doctypes and raw HTML (only made with allowDangerousHtml) never reach the page.
  if (node.type !== 'element' || !TAGS.has(node.tagName)) return [];
  if (node.tagName === 'input' && node.properties.type !== 'checkbox') return [];
  return [[node.tagName as MarkdownTag, propsOf(node), ...childrenOf(node)]];
}

/** The page tree for a hast root. */
export function hastToTree(root: Root): MarkdownNode[] {
  return childrenOf(root);
}
