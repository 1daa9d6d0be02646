// The picture of /contacts as SVG: one row per counterpart, time across, one mark per contact. The kind
// is told by shape (and colour, never colour alone), the status by fill: held solid, planned hollow,
// cancelled hollow and struck through. Drawn on an opaque card of its own, so it reads the same on
// Discord's dark and light themes. Pure: a view in, a string out; every text goes through svgText.
import type { ContactKind, ContactStatus } from '../model.js';
import type { ContactsPictureView } from './contactsView.js';
import { clip, svgText } from './svgText.js';
import { timeScale } from './timeScale.js';
import { KINDS, leftOut, pictureSummary, pictureTitle, STATUSES, UNDATED_MARK } from './words.js';

/** The font the rasteriser loads (rasterise.ts); named here so the SVG asks for exactly that one. */
export const FONT_FAMILY = 'DejaVu Sans';

export const PALETTE = {
  card: '#ffffff',
  border: '#8c959f',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d0d7de',
  stripe: '#f3f5f7',
  /** Dark enough on white for text and thin strokes (WCAG AA against the card), apart for most colour blindness. */
  kinds: { meeting: '#bc4c00', call: '#0969da', letter: '#1a7f37', other: '#8250df' } satisfies Record<ContactKind, string>,
} as const;

const LAYOUT = {
  width: 880,
  pad: 24,
  rowHeight: 28,
  top: 118,
  nameWidth: 232,
  countWidth: 40,
  /** Marks closer than this on one row are nudged apart, so that two on one day both show. */
  minGap: 7,
  mark: 7,
} as const;

export interface ContactsSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export function drawContactsSvg(view: ContactsPictureView): ContactsSvg {
  const { width, pad, rowHeight, top, nameWidth, countWidth } = LAYOUT;
  const plotLeft = pad + nameWidth + countWidth + 12;
  const plotRight = width - pad - 8;
  const rowsHeight = Math.max(1, view.rows.length) * rowHeight;
  const axisBottom = top + rowsHeight;
  const notes = notesOf(view);
  const legendTop = axisBottom + 34;
  const height = legendTop + 30 + notes.length * 20 + pad;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="10" fill="${PALETTE.card}" stroke="${PALETTE.border}"/>`,
    // Cut to what the card's width holds at these sizes.
    text(pad, 42, clip(pictureTitle(view), 56), { size: 24, weight: 'bold' }),
    text(pad, 70, clip([view.actor.about, pictureSummary(view)].filter(Boolean).join(' · '), 100), { size: 15, fill: PALETTE.muted }),
  );
  // A date label is about 75 pixels wide at this size: one tick per 95 at most.
  const scale = view.span ? timeScale(view.span, plotLeft, plotRight - plotLeft, Math.floor((plotRight - plotLeft) / 95)) : null;
  // Stripes and names, then the grid over the stripes, then the marks over all.
  view.rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    if (i % 2 === 0) out.push(`<rect x="${pad}" y="${y}" width="${width - 2 * pad}" height="${rowHeight}" fill="${PALETTE.stripe}"/>`);
    out.push(text(pad + 6, y + 19, clip(row.name, 28), { size: 14 }));
    out.push(text(pad + nameWidth + countWidth, y + 19, String(row.marks.length), { size: 14, fill: PALETTE.muted, anchor: 'end' }));
  });
  out.push(text(pad + nameWidth + countWidth, top - 10, 'contacts', { size: 12, fill: PALETTE.muted, anchor: 'end' }));
  for (const tick of scale?.ticks ?? []) {
    const x = round(tick.x);
    out.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${axisBottom + 4}" stroke="${PALETTE.grid}"/>`);
    out.push(text(x, top - 10, tick.label, { size: 12, fill: PALETTE.muted, anchor: 'middle' }));
    // A tall picture repeats the dates under its last row.
    if (view.rows.length > 8) out.push(text(x, axisBottom + 18, tick.label, { size: 12, fill: PALETTE.muted, anchor: 'middle' }));
  }
  out.push(`<line x1="${plotLeft}" y1="${axisBottom}" x2="${plotRight}" y2="${axisBottom}" stroke="${PALETTE.border}"/>`);
  if (scale) {
    view.rows.forEach((row, i) => {
      const cy = top + i * rowHeight + rowHeight / 2;
      let last = -Infinity;
      for (const m of row.marks) {
        // Nudged right only a little: a crowded stretch overlaps rather than drifting off its dates.
        const at = scale.x(m.date);
        const nudged = Math.max(at, last + LAYOUT.minGap);
        const x = Math.min(plotRight, nudged - at <= 2 * LAYOUT.minGap ? nudged : at);
        last = x;
        out.push(mark(m.kind, m.status, x, cy));
        if (!m.dated) out.push(undatedDot(x, cy));
      }
    });
  }
  out.push(...legend(pad, legendTop));
  notes.forEach((note, i) => out.push(text(pad, legendTop + 40 + i * 20, note, { size: 13, fill: PALETTE.muted })));
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}

function notesOf(view: ContactsPictureView): string[] {
  const notes: string[] = [];
  if (view.rows.some((r) => r.marks.some((m) => !m.dated))) {
    notes.push(`Undated: the text gives no date, so the contact is drawn on its article's day (${UNDATED_MARK} in the text).`);
  }
  const out = leftOut(view);
  if (out) notes.push(`${out[0]!.toUpperCase()}${out.slice(1)}.`);
  return notes;
}

/** Under a mark whose text gives no date: it stands on its article's day. */
function undatedDot(x: number, y: number): string {
  return `<circle cx="${round(x)}" cy="${round(y + LAYOUT.mark + 3.5)}" r="1.8" fill="${PALETTE.text}" class="undated"/>`;
}

function legend(x: number, y: number): string[] {
  const out: string[] = [];
  let at = x;
  const r = LAYOUT.mark;
  const item = (shape: (cx: number) => string, label: string) => {
    out.push(shape(at + r), text(at + 2 * r + 5, y + 4.5, label, { size: 13 }));
    at += 2 * r + 20 + label.length * 7.6;
  };
  const heading = (label: string) => {
    out.push(text(at, y + 4.5, label, { size: 13, fill: PALETTE.muted }));
    at += 10 + label.length * 7.6;
  };
  heading('kind:');
  for (const kind of KINDS) item((cx) => mark(kind, 'held', cx, y), kind);
  at += 16;
  heading('status:');
  for (const status of STATUSES) item((cx) => mark('meeting', status, cx, y, PALETTE.muted), status);
  at += 16;
  item((cx) => `${mark('call', 'held', cx, y - 2, PALETTE.muted)}${undatedDot(cx, y - 2)}`, 'undated');
  return out;
}

/**
 * One contact: a square for a meeting, a circle for a call, a diamond for a letter, a triangle for anything
 * else; filled when held, hollow when planned, hollow and struck through when cancelled.
 */
export function mark(kind: ContactKind, status: ContactStatus, x: number, y: number, colour: string = PALETTE.kinds[kind]): string {
  const r = LAYOUT.mark;
  const fill = status === 'held' ? colour : PALETTE.card;
  const attrs = `fill="${fill}" stroke="${colour}" stroke-width="2" class="mark ${kind} ${status}"`;
  const [cx, cy] = [round(x), round(y)];
  let shape: string;
  switch (kind) {
    case 'meeting':
      shape = `<rect x="${round(cx - r + 1)}" y="${round(cy - r + 1)}" width="${2 * r - 2}" height="${2 * r - 2}" ${attrs}/>`;
      break;
    case 'call':
      shape = `<circle cx="${cx}" cy="${cy}" r="${r - 1}" ${attrs}/>`;
      break;
    case 'letter':
      shape = `<path d="M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z" ${attrs}/>`;
      break;
    default:
      shape = `<path d="M${cx} ${cy - r}L${cx + r} ${cy + r - 1}L${cx - r} ${cy + r - 1}Z" ${attrs}/>`;
  }
  if (status !== 'cancelled') return shape;
  const s = r + 1;
  return `${shape}<path d="M${cx - s} ${cy + s}L${cx + s} ${cy - s}" stroke="${PALETTE.text}" stroke-width="2"/>`;
}

interface TextStyle {
  readonly size: number;
  readonly fill?: string;
  readonly weight?: 'bold';
  readonly anchor?: 'middle' | 'end';
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.fill ?? PALETTE.text}"`,
    ...(style.weight ? [`font-weight="${style.weight}"`] : []),
    ...(style.anchor ? [`text-anchor="${style.anchor}"`] : []),
  ];
  return `<text ${attrs.join(' ')}>${svgText(content)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
